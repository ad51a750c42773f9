using Azure;
using Azure.Data.Tables;

namespace CoordinatorBot.Storage.Tables;

/// <summary>A value the bot's instances share: PartitionKey = "bot", RowKey = its name.</summary>
public sealed class SettingEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Value { get; set; } = string.Empty;
}
