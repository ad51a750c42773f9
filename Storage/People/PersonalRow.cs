namespace CoordinatorBot.Storage.People;

/// <summary>One stored row that mentions a person, as the table holds it (every property, keys included).</summary>
public sealed record PersonalRow(string Table, string PartitionKey, string RowKey, DateTimeOffset? Timestamp,
    IReadOnlyDictionary<string, object?> Properties);
