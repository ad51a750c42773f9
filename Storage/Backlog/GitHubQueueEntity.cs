namespace CoordinatorBot.Storage.Backlog;

/// <summary>One call to GitHub waiting to be made: create an item's issue, or close it.</summary>
public sealed class GitHubQueueEntity : StoredRow
{
    public string CommunityId { get; set; } = string.Empty;
    public int ItemNumber { get; set; }
    public string Action { get; set; } = nameof(GitHubAction.CreateIssue);
    public string Status { get; set; } = nameof(Outbox.OutboxStatus.Pending);
    public int Attempts { get; set; }
    public DateTimeOffset NotBefore { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int? LastStatusCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DoneAt { get; set; }
}
