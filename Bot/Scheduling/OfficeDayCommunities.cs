using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Bot.Scheduling;

/// <summary>The communities a reminder job works on: the active ones for which it is an office day, in their own clock.</summary>
public static class OfficeDayCommunities
{
    /// <summary>Each active community whose day at <paramref name="now"/> is an office day, with that day.</summary>
    public static async Task<IReadOnlyList<(Community Community, DateOnly Today)>> OnOfficeDayAsync(this CommunityStore communities,
        DateTimeOffset now, CancellationToken cancellationToken) =>
        [.. (await communities.ListActiveAsync(cancellationToken))
            .Select(community => (community, community.Clock.Today(now)))
            .Where(day => OfficeDays.IsOfficeDay(day.Item2))];
}
