namespace CoordinatorBot.Domain.Priorities;

public enum PlanSource
{
    Task,
    Decision,
    Onboarding,
    Backlog,
    Survey,
    Guide,
}
