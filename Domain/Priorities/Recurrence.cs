namespace CoordinatorBot.Domain.Priorities;

public enum Recurrence
{
    Once,
    Weekly,
    Monthly,
    Yearly,
}
