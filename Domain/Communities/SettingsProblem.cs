namespace CoordinatorBot.Domain.Communities;

public enum SettingsProblem
{
    ProductName,
    TimeZone,
    HourBudget,
    DecisionRule,
    Language,
    Backlog,
}
