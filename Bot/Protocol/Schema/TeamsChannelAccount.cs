namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>A member as the Teams roster lists them.</summary>
/// <param name="MembershipSources">
/// In a shared channel's roster: how the person belongs to it (directly, or through each team it is shared with).
/// </param>
public sealed record TeamsChannelAccount(string? Id = null, string? Name = null, string? AadObjectId = null, string? Email = null,
    string? UserPrincipalName = null, string? TenantId = null, string? UserRole = null,
    IReadOnlyList<MembershipSource>? MembershipSources = null);
