namespace CoordinatorBot.Storage.Tables;

/// <summary>A value the bot's instances share: PartitionKey = "bot", RowKey = its name.</summary>
public sealed class SettingEntity : StoredRow
{
    public string Value { get; set; } = string.Empty;
}
