using Azure;
using Azure.Data.Tables;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>The last number handed out: PartitionKey = community id, RowKey = what is counted (e.g. "decisions-2026").</summary>
public sealed class CounterEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Value { get; set; }
}
