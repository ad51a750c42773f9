namespace CoordinatorBot.Domain.Backlog;

/// <summary>The period the coordination group's budget covers.</summary>
public enum BudgetPeriod
{
    Quarter,
    Year,
}
