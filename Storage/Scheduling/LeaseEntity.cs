using Azure;
using Azure.Data.Tables;

namespace CoordinatorBot.Storage.Scheduling;

public sealed class LeaseEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Owner { get; set; } = string.Empty;
    public DateTimeOffset ExpiresAt { get; set; }
}
