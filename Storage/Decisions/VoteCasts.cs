using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// One person's vote row: every vote they cast on the decision, oldest first; the last is their current vote. Keeping
/// the changes in the person's own row makes a vote one write to one row, and the history of votes comes from here.
/// </summary>
internal sealed record VoteCasts(IReadOnlyList<Vote> Casts)
{
    // A row must stay well under Table Storage's 64 KiB string: beyond this many changes the oldest changes go (the
    // first vote stays, so the history still says when the person first voted).
    public const int MaxCasts = 30;

    public Vote Current => Casts[^1];

    public VoteCasts With(Vote vote) =>
        new(Casts.Count < MaxCasts ? [.. Casts, vote] : [Casts[0], .. Casts.Skip(Casts.Count - MaxCasts + 2), vote]);

    /// <summary>The history entries these casts stand for: the first a vote, each later one a change.</summary>
    public IEnumerable<AuditEntry> History(DecisionNumber number) =>
        Casts.Select((cast, index) => new AuditEntry(number, index == 0 ? AuditAction.Voted : AuditAction.VoteChanged, cast.VoterName,
            cast.CastAt, cast.Choice.ToString()) { Comment = cast.Comment });
}
