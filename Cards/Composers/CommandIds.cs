namespace CoordinatorBot.Cards.Composers;

/// <summary>
/// The ids of the chat commands. A command's words and description are texts (Command{Id}Words,
/// Command{Id}Description) so that Danish and English live together with every other text.
/// </summary>
public static class CommandIds
{
    public const string Help = "Help";
    public const string Setup = "Setup";
    public const string Roles = "Roles";
    public const string Language = "Language";
    public const string DecisionNew = "DecisionNew";
    public const string DecisionShow = "DecisionShow";
    public const string Decisions = "Decisions";
    public const string DecisionsExport = "DecisionsExport";
    public const string OnboardingNew = "OnboardingNew";
    public const string OnboardingStatus = "OnboardingStatus";
    public const string OnboardingTemplate = "OnboardingTemplate";
    public const string Tasks = "Tasks";
    public const string TaskNew = "TaskNew";
    public const string Nudge = "Nudge";
    public const string MeetingNew = "MeetingNew";
    public const string Meetings = "Meetings";
    public const string WishNew = "WishNew";
    public const string Wishes = "Wishes";
    public const string Backlog = "Backlog";
    public const string Minutes = "Minutes";
    public const string YearlyWheel = "YearlyWheel";
    public const string Community = "Community";
    public const string MyData = "MyData";
    public const string DeleteMyData = "DeleteMyData";
    public const string DeleteFormerMemberData = "DeleteFormerMemberData";
    public const string Status = "Status";
    public const string Governance = "Governance";
    public const string Export = "Export";
}
