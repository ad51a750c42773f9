namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>
/// How a person is a member of a shared channel: directly (<see cref="SourceType"/> "channel", <see cref="MembershipType"/>
/// "direct"), or through a team the channel is shared with ("team", "transitive"), with the id of that channel or team
/// and the person's own tenant. Sent with a channel member event (<c>channelData.membershipSource</c>) and, as a list,
/// with each member of the channel's roster (<c>membershipSources</c>).
/// </summary>
public sealed record MembershipSource(string? SourceType, string? Id, string? MembershipType = null, string? TeamGroupId = null,
    string? TenantId = null)
{
    public const string TeamSource = "team";
    public const string Transitive = "transitive";

    /// <summary>Membership through a team the channel is shared with (not a direct one).</summary>
    public bool IsThroughTeam => string.Equals(SourceType, TeamSource, StringComparison.OrdinalIgnoreCase) ||
                                 string.Equals(MembershipType, Transitive, StringComparison.OrdinalIgnoreCase);
}
