using Azure;
using Azure.Data.Tables;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>A state change: RowKey = decision key | time | unique id, so a decision's history reads in order.</summary>
public sealed class AuditEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Year { get; set; }
    public int Sequence { get; set; }
    public string Action { get; set; } = string.Empty;
    public string ActorName { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public string? Detail { get; set; }

    public AuditEntry ToEntry() => new(new DecisionNumber(Year, Sequence), Enum.Parse<AuditAction>(Action), ActorName, At, Detail);
}
