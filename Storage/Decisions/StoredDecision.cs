using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// A decision as read in one go: the record, every current vote and — when it was asked for — the history, with the
/// record's ETag.
/// </summary>
public sealed record StoredDecision(Decision Decision, IReadOnlyList<Vote> Votes, IReadOnlyList<AuditEntry> History, ETag ETag)
{
    /// <summary>Each voter's row as read, so that their next vote is written over exactly that row.</summary>
    internal IReadOnlyDictionary<string, VoteRow> VoteRows { get; init; } = new Dictionary<string, VoteRow>();

    /// <summary>
    /// Taken from this instance's <see cref="DecisionCache"/>: the record is current, the other people's votes may be
    /// a few seconds old. Anything that needs every vote as stored now (closing by the rule) reads again.
    /// </summary>
    public bool Cached { get; init; }

    /// <summary>
    /// True when the voter's current vote, or one of their last few, was cast by this activity
    /// (<see cref="Activities.ActivityKey"/>): the activity is a redelivery, and was handled already.
    /// </summary>
    public bool VoteWasCastBy(string voterId, string activityKey) =>
        VoteRows.TryGetValue(voterId, out var row) && row.WasCastBy(activityKey);
}
