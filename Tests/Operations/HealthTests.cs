namespace CoordinatorBot.Tests.Operations;

/// <summary>/healthz says the process is up; /readyz says whether Table Storage answers, as App Service's probe asks.</summary>
[Trait("Category", "Integration")]
public sealed class HealthTests
{
    [Fact]
    public async Task With_storage_answering_the_bot_is_live_and_ready()
    {
        await using var bot = await BotHost.StartAsync(hostedScheduler: false);

        using var live = await bot.Client.GetAsync("/healthz");
        using var ready = await bot.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_storage_unreachable_the_bot_is_live_but_not_ready_and_says_so_within_seconds()
    {
        await using var line = StorageLine.Start(TestSettings.StorageConnectionString);
        await using var bot = await BotHost.StartAsync(hostedScheduler: false,
            settings: new Dictionary<string, string?> { ["Storage:ConnectionString"] = line.ConnectionString });
        line.Refuse();
        var started = TimeProvider.System.GetTimestamp();

        using var ready = await bot.Client.GetAsync("/readyz");
        using var live = await bot.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }

    [Fact]
    public async Task A_store_that_a_newer_release_took_over_makes_a_running_bot_not_ready()
    {
        await using var bot = await BotHost.StartAsync(hostedScheduler: false);
        await bot.Services.GetRequiredService<StoreLayoutRow>().WriteAsync(StoreLayout.Current + 1, "6.0.0", default);

        using var ready = await bot.Client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
    }
}
