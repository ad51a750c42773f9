namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// Where numbering starts: the highest number stored, unless its write was lost (the rows above it are then passed over).
/// PartitionKey = community id, RowKey = what is counted (e.g. "decisions-2026").
/// </summary>
public sealed class CounterEntity : StoredRow
{
    public int Value { get; set; }
}
