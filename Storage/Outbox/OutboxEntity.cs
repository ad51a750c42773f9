namespace CoordinatorBot.Storage.Outbox;

/// <summary>A proactive message waiting, being sent, sent or failed. RowKey = its idempotent key (escaped).</summary>
public sealed class OutboxEntity : StoredRow
{
    public string Key { get; set; } = string.Empty;
    public string TargetJson { get; set; } = string.Empty;
    public string ActivityJson { get; set; } = string.Empty;
    public string Status { get; set; } = nameof(OutboxStatus.Pending);
    public int Attempts { get; set; }
    public DateTimeOffset NotBefore { get; set; }
    public DateTimeOffset? ClaimedUntil { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastSubCode { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? SentActivityId { get; set; }

    /// <summary>How the person was reached: "chat" (their 1:1 chat) or "channel" (a mention in the team's channel).</summary>
    public string? ReachedBy { get; set; }
}
