using CoordinatorBot.Bot;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting;

namespace CoordinatorBot.Tests.Support;

/// <summary>The real bot application (the same composition as Program.cs) on a loopback port, against Azurite.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private BotHost(WebApplication app, Uri address)
    {
        App = app;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public WebApplication App { get; }
    public Uri Address { get; }
    public HttpClient Client { get; }
    public IServiceProvider Services => App.Services;

    /// <param name="settings">Configuration on top of the test defaults (Development, no app id, Azurite).</param>
    /// <param name="services">Replacements, e.g. a recording activity handler.</param>
    /// <param name="hostedScheduler">
    /// False: the job scheduler and the outbox sender do not run by themselves, so that a test that calls them is the
    /// only one doing their work.
    /// </param>
    /// <param name="args">Command-line settings (<c>--KEY=value</c>): unlike <paramref name="settings"/>, seen by the composition itself.</param>
    public static async Task<BotHost> StartAsync(IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, int port = 0, string environment = "Development", bool hostedScheduler = true,
        string[]? args = null)
    {
        var app = BotApplication.Create(args ?? [], builder =>
        {
            builder.Environment.EnvironmentName = environment;
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            if (Environment.GetEnvironmentVariable("COORDINATORBOT_TEST_LOGS") != "1")
            {
                builder.Logging.ClearProviders();
            }

            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = TestSettings.StorageConnectionString,
                ["Storage:TablePrefix"] = TestSettings.NewTablePrefix(),
                ["Bot:Retry:BaseDelay"] = "00:00:00.010",
                ["Bot:Retry:MaxDelay"] = "00:00:00.050",
            });
            if (settings is not null)
            {
                builder.Configuration.AddInMemoryCollection(settings);
            }

            services?.Invoke(builder.Services);
            if (!hostedScheduler)
            {
                HostedScheduler.SwitchOff(builder.Services);
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new BotHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
