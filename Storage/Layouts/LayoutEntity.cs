namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// The store's own record of its layout: in the settings table, PartitionKey "bot", RowKey "layout". Written when a
/// store is created and after each upgrade step, so that an upgrade stopped half way resumes at the next step.
/// </summary>
public sealed class LayoutEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>The layout every table of the store has reached.</summary>
    public int Layout { get; set; }

    /// <summary>The bot version that wrote it.</summary>
    public string Bot { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}
