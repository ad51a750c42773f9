namespace CoordinatorBot.Storage.Activities;

/// <summary>An activity id the bot has taken on. PartitionKey spreads ids over 256 partitions.</summary>
public sealed class HandledActivityEntity : StoredRow
{
    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>Which claim this is, so that releasing a failed turn's claim never removes a later one.</summary>
    public string? Claim { get; set; }
}
