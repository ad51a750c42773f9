namespace CoordinatorBot.Domain.Week;

public enum Recurrence
{
    Once,
    Weekly,
    Monthly,
    Yearly,
}
