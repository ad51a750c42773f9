namespace CoordinatorBot.Domain.Week;

public enum PlanSource
{
    Task,
    Decision,
    Onboarding,
    Backlog,
}
