namespace CoordinatorBot.Tests.Support;

/// <summary>
/// A feature test through the whole bot: each test gets a <see cref="BotHarness"/> of its own, started before it and
/// stopped (and its rows checked) after it, so that the test classes say only what their people and community are.
/// </summary>
public abstract class BotFeatureTests(Action<IServiceCollection>? services = null, IDictionary<string, string?>? settings = null,
    bool hostedScheduler = true) : IAsyncLifetime
{
    /// <summary>The second community's team, for the tests of what one community must not see or do in another.</summary>
    protected const string TeamTwo = ActivityBuilder.TeamTwo;

    protected static string TeamId => ActivityBuilder.TeamId;

    protected BotHarness Harness { get; } = new(services, settings, hostedScheduler);

    protected FakeConnector Connector => Harness.Connector;

    protected T Service<T>() where T : notnull => Harness.Service<T>();

    public async Task InitializeAsync()
    {
        await Harness.InitializeAsync();
        await SetUpAsync();
    }

    /// <summary>What the class's tests start from (people, communities, records), once the bot is running.</summary>
    protected virtual Task SetUpAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync() => Harness.DisposeAsync();
}
