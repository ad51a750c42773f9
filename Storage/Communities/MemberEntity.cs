namespace CoordinatorBot.Storage.Communities;

/// <summary>A person's roles: PartitionKey = community id, RowKey = the person's Entra object id.</summary>
public sealed class MemberEntity : StoredRow
{
    public string AadObjectId { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;

    /// <summary>Role names, comma separated.</summary>
    public string Roles { get; set; } = string.Empty;
    public string? Municipality { get; set; }
    public string? TeamsUserId { get; set; }
    public string? Supplier { get; set; }

    public Member ToMember() => new(
        AadObjectId,
        Name,
        Roles.Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(r => Enum.TryParse<Role>(r, out var role) ? role : (Role?)null)
            .OfType<Role>()
            .ToHashSet(),
        Municipality,
        TeamsUserId,
        Supplier);

    public static MemberEntity From(Member member) => new()
    {
        AadObjectId = member.AadObjectId,
        Name = member.Name,
        Roles = string.Join(',', member.Roles.Order()),
        Municipality = member.Municipality,
        TeamsUserId = member.TeamsUserId,
        Supplier = member.Supplier,
    };
}
