namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>A member as the Teams roster lists them.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    public string? UserRole { get; init; }

    /// <summary>In a shared channel's roster: how the person belongs to it (directly, or through each team it is shared with).</summary>
    public IReadOnlyList<MembershipSource>? MembershipSources { get; init; }
}
