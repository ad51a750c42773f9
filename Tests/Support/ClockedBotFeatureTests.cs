namespace CoordinatorBot.Tests.Support;

/// <summary>
/// A <see cref="BotFeatureTests"/> on a clock the test moves: deadlines, reminders and weeks come when the test says,
/// not when the machine's clock does.
/// </summary>
public abstract class ClockedBotFeatureTests : BotFeatureTests
{
    /// <summary>Friday 27 November 2026, 10.00 in Copenhagen: where most feature tests start.</summary>
    protected static readonly DateTimeOffset Friday = DateTimeOffset.Parse("2026-11-27T09:00:00Z", CultureInfo.InvariantCulture);

    protected ClockedBotFeatureTests(DateTimeOffset? start = null, IDictionary<string, string?>? settings = null, bool hostedScheduler = true,
        Action<IServiceCollection>? services = null)
        : this(new FakeTimeProvider(start ?? Friday), settings, hostedScheduler, services)
    {
    }

    private ClockedBotFeatureTests(FakeTimeProvider time, IDictionary<string, string?>? settings, bool hostedScheduler,
        Action<IServiceCollection>? services)
        : base(s =>
        {
            s.AddSingleton<TimeProvider>(time);
            services?.Invoke(s);
        }, settings, hostedScheduler)
    {
        Time = time;
        Start = time.GetUtcNow();
    }

    protected FakeTimeProvider Time { get; }

    /// <summary>Where <see cref="Time"/> started.</summary>
    protected DateTimeOffset Start { get; }
}
