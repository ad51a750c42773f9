namespace CoordinatorBot.Domain.Communities;

public enum SettingsProblem
{
    ProductName,
    TimeZone,
    HourBudget,
    DecisionRule,
    Language,
    WorkingHours,
    MeetingOrganizer,
    Backlog,
    Status,
    Releases,
}
