namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>
/// The Teams part of an activity: tenant, team, channel and the kind of event. In a shared channel's events
/// <see cref="Team"/> is the host team; <c>channelShared</c> and <c>channelUnshared</c> name the teams the channel was
/// shared with or unshared from, and a member event says how the member belongs (<see cref="MembershipSource"/>).
/// Shapes from the example payloads of microsoft/Agents#179 (and microsoft/teams.net#100) and Microsoft Learn's "Apps
/// for shared and private channels".
/// </summary>
public sealed record TeamsChannelData(TenantInfo? Tenant = null, TeamInfo? Team = null, ChannelInfo? Channel = null,
    string? EventType = null, ChannelDataSettings? Settings = null, NotificationInfo? Notification = null,
    IReadOnlyList<TeamInfo>? SharedWithTeams = null, IReadOnlyList<TeamInfo>? UnsharedFromTeams = null,
    MembershipSource? MembershipSource = null) : ExtensibleRecord;
