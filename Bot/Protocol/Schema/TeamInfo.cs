namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>A team: the host team of a channel, or (in a shared channel's events) a team it was shared with or unshared from.</summary>
public sealed record TeamInfo(string? Id, string? Name = null, string? AadGroupId = null, string? TenantId = null);
