namespace CoordinatorBot.Domain.Communities;

public enum RoleHistoryChange
{
    Granted,
    Ended,
}
