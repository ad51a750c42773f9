using CoordinatorBot.Bot.Features.Status;

namespace CoordinatorBot.Tests.Status;

/// <summary>The facts behind the governance suggestions, kept per community for the cards after each mark.</summary>
public sealed class GovernanceFactsCacheTests
{
    /// <summary>Facts told apart by which reading made them.</summary>
    private static GovernanceFacts Facts(int reading) => new([], [], new HashSet<string> { $"reading {reading}" });

    [Fact]
    public async Task A_reading_is_kept_for_its_lifetime_per_community_then_read_again()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-06T10:00:00Z", CultureInfo.InvariantCulture));
        var cache = new GovernanceFactsCache(time);
        var reads = 0;
        Task<GovernanceFacts> Read() => Task.FromResult(Facts(++reads));

        cache.Keep("os2mo", Facts(0));
        time.Advance(GovernanceFactsCache.Lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal(["reading 0"], (await cache.GetAsync("os2mo", Read)).SecretariatElsewhere);
        Assert.Equal(["reading 1"], (await cache.GetAsync("os2forms", Read)).SecretariatElsewhere);

        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["reading 2"], (await cache.GetAsync("os2mo", Read)).SecretariatElsewhere);
        Assert.Equal(["reading 2"], (await cache.GetAsync("os2mo", Read)).SecretariatElsewhere);
        Assert.Equal(2, reads);
    }
}
