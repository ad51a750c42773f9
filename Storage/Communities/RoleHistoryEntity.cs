namespace CoordinatorBot.Storage.Communities;

/// <summary>
/// A role history entry, kept in the members table beside the member rows of its community (so that a role change
/// and its history are written in one transaction): PartitionKey = community id, RowKey = <see cref="Prefix"/>, the
/// time in ticks, a unique id — so a community's history reads in order.
/// </summary>
public sealed class RoleHistoryEntity : StoredRow
{
    /// <summary>
    /// No member's RowKey can start with this: a member's is an escaped id, in which '%' is always followed by four hex
    /// digits (see TableKey).
    /// </summary>
    public const string Prefix = "%h|";

    /// <summary>The first string after every key that starts with <see cref="Prefix"/> ('}' follows '|').</summary>
    public const string PrefixEnd = "%h}";


    public string AadObjectId { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string Role { get; set; } = string.Empty;
    public string? Organisation { get; set; }
    public string Change { get; set; } = string.Empty;
    public string ByName { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }

    public RoleHistoryEntry? ToEntry() =>
        Enum.TryParse<Role>(Role, out var role) && Enum.TryParse<RoleHistoryChange>(Change, out var change)
            ? new RoleHistoryEntry(AadObjectId, Name, role, Organisation, change, ByName, At)
            : null;

    /// <param name="index">The entry's place among those written together, so that they read back in that order.</param>
    public static RoleHistoryEntity From(string partitionKey, RoleHistoryEntry entry, int index) => new()
    {
        PartitionKey = partitionKey,
        RowKey = string.Create(CultureInfo.InvariantCulture, $"{Prefix}{entry.At.UtcTicks:D19}|{index:D3}|{Guid.NewGuid():N}"),
        AadObjectId = entry.AadObjectId,
        Name = entry.Name,
        Role = entry.Role.ToString(),
        Organisation = entry.Organisation,
        Change = entry.Change.ToString(),
        ByName = entry.ByName,
        At = entry.At,
    };
}
