namespace CoordinatorBot.Storage.People;

/// <summary>One stored row that mentions a person, as the table holds it (every property, keys included).</summary>
public sealed record PersonalRow(string Table, string PartitionKey, string RowKey, DateTimeOffset? Timestamp,
    IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The row's partition as stored (the community's id in most tables), for the summary to say where a fact belongs.</summary>
    public string? StoredPartitionKey { get; init; }
}
