using System.Net;
using Azure.Data.Tables;
using CoordinatorBot.Storage.Tables;
using CoordinatorBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

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
        // Nothing listens on port 1: every table call is refused.
        const string dead = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";
        await using var bot = await BotHost.StartAsync(hostedScheduler: false, services: services =>
        {
            // The tables cannot be created at start-up either; the host starts all the same so that it can say so.
            services.Remove(services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "TableCreator"));
            services.AddSingleton(new StorageTables(new TableServiceClient(dead), "dead"));
        });
        var started = TimeProvider.System.GetTimestamp();

        using var ready = await bot.Client.GetAsync("/readyz");
        using var live = await bot.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.Zero, TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
