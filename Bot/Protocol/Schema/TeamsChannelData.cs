using System.Text.Json.Serialization;

namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>
/// The Teams part of an activity: tenant, team, channel and the kind of event. In a shared channel's events
/// <see cref="Team"/> is the host team; <c>channelShared</c> and <c>channelUnshared</c> name the teams the channel was
/// shared with or unshared from, and a member event says how the member belongs (<see cref="MembershipSource"/>).
/// Shapes from the example payloads of microsoft/Agents#179 (and microsoft/teams.net#100) and Microsoft Learn's "Apps
/// for shared and private channels".
/// </summary>
public sealed record TeamsChannelData
{
    public TenantInfo? Tenant { get; init; }
    public TeamInfo? Team { get; init; }
    public ChannelInfo? Channel { get; init; }
    public string? EventType { get; init; }
    public ChannelDataSettings? Settings { get; init; }
    public NotificationInfo? Notification { get; init; }
    public IReadOnlyList<TeamInfo>? SharedWithTeams { get; init; }
    public IReadOnlyList<TeamInfo>? UnsharedFromTeams { get; init; }
    public MembershipSource? MembershipSource { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
