namespace CoordinatorBot.Domain.Priorities;

/// <summary>MUST, SHOULD, COULD and WON'T this period (the role description's priorities).</summary>
public enum MoscowClass
{
    Must,
    Should,
    Could,
    Wont,
}
