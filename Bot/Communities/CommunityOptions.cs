namespace CoordinatorBot.Bot.Communities;

/// <summary>Settings of what every feature shares (section "Communities").</summary>
public sealed class CommunityOptions
{
    public const string Section = "Communities";

    /// <summary>How long the team's roster is trusted before it is read again.</summary>
    public TimeSpan RosterCacheFor { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>
    /// How long this instance trusts the roles it read. A change made here is seen at once; one made on another
    /// instance (or a person leaving the team) within this time.
    /// </summary>
    public TimeSpan MembersCacheFor { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long this instance trusts a community row it read, to spare a read on every turn.</summary>
    public TimeSpan CommunityCacheFor { get; set; } = TimeSpan.FromSeconds(30);
}
