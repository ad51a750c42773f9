namespace CoordinatorBot.Tests.Support;

/// <summary>
/// The zone the tests' communities are set up in, for the tests that write a time as Copenhagen's clocks show it
/// (<c>using static CoordinatorBot.Tests.Support.CopenhagenTime;</c>).
/// </summary>
public static class CopenhagenTime
{
    public static CommunityClock Copenhagen { get; } = CommunityClock.Of("Europe/Copenhagen");

    /// <summary>The instant at which Copenhagen's clocks show <paramref name="copenhagen"/> ("2026-12-08 10:00").</summary>
    public static DateTimeOffset At(string copenhagen) => Copenhagen.ToInstant(DateTime.Parse(copenhagen, CultureInfo.InvariantCulture));
}
