namespace CoordinatorBot.Storage.Decisions;

/// <summary>The last number handed out: PartitionKey = community id, RowKey = what is counted (e.g. "decisions-2026").</summary>
public sealed class CounterEntity : StoredRow
{
    public int Value { get; set; }
}
