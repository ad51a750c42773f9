namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// A row the bot writes through a typed entity: written, it says this code's layout (<see cref="StoreLayout.Current"/>);
/// read, it refuses a row of a newer layout, so that a newer release's row is never read into this code's shapes and
/// written back in an older one.
/// </summary>
public abstract class StoredRow : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>This code's layout when written; a stored value newer than it is refused when read.</summary>
    public int Layout
    {
        get => StoreLayout.Current;
        set => StoreLayout.EnsureKnown(value, GetType().Name);
    }
}
