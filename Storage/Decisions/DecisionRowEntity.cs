namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// A row of a decision: the record itself, one person's vote, or one entry of its history, each kept as JSON. All of a
/// decision's rows sit together in the community's partition, so one query reads them and one transaction writes them.
/// </summary>
public sealed class DecisionRowEntity : StoredRow
{
    public const string DecisionKind = "decision";
    public const string VoteKind = "vote";
    public const string AuditKind = "audit";


    public string Kind { get; set; } = string.Empty;
    public string Json { get; set; } = string.Empty;

    // Kept as columns of the decision row too, for the deadline watcher's query across communities.
    public string? CommunityId { get; set; }
    public string? Status { get; set; }
    public DateTimeOffset? Deadline { get; set; }
}
