namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// One municipality's support of one wish: a municipality counts once, whoever of its people supported first.
/// <paramref name="OnBehalf"/> when the coordinator recorded it for the municipality.
/// </summary>
public sealed record WishSupport(int WishNumber, string Municipality, string ById, string ByName, DateTimeOffset At, bool OnBehalf);
