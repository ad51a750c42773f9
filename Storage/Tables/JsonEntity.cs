using Azure;
using Azure.Data.Tables;

namespace CoordinatorBot.Storage.Tables;

/// <summary>A row that keeps one Domain record as JSON (well under the 64 KB a property may hold).</summary>
public sealed class JsonEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Json { get; set; } = string.Empty;
}
