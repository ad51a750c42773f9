namespace CoordinatorBot.Domain.Communities;

/// <summary>
/// Where a community lives: a whole team (its channels, posting in General), or one shared or private channel of a
/// host team, whose own members — in a shared channel people of other tenants too — are the community's people.
/// </summary>
public enum ChannelKind
{
    Team,
    SharedChannel,
    PrivateChannel,
}
