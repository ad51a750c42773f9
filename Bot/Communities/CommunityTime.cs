using CoordinatorBot.Domain.Communities;
namespace CoordinatorBot.Bot.Communities;

/// <summary>The community's clock: its time zone, falling back to Europe/Copenhagen.</summary>
public static class CommunityTime
{
    public static TimeZoneInfo Zone(this Community community) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(community.TimeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(Community.DefaultTimeZoneId);
}
