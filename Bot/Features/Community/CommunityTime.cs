namespace CoordinatorBot.Bot.Features.Community;

/// <summary>The community's clock: its time zone, falling back to Europe/Copenhagen.</summary>
public static class CommunityTime
{
    public static TimeZoneInfo Zone(this Domain.Communities.Community community) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(community.TimeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(Domain.Communities.Community.DefaultTimeZoneId);
}
