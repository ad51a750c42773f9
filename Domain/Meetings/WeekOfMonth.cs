namespace CoordinatorBot.Domain.Meetings;

/// <summary>Which of a month's weekdays a series meets on: the first Monday, …, the last Monday (Graph's weekIndex).</summary>
public enum WeekOfMonth
{
    First,
    Second,
    Third,
    Fourth,
    Last,
}
