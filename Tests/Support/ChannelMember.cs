namespace CoordinatorBot.Tests.Support;

/// <summary>
/// A member of a shared or private channel as the connector's members call lists them: with their own tenant, a
/// direct member and/or one who is in through the teams the channel is shared with (direct when no team is named).
/// </summary>
public sealed record ChannelMember(string AadObjectId, string Name, string TenantId, params string[] ThroughTeams)
{
    public bool Direct { get; init; } = ThroughTeams.Length == 0;
}
