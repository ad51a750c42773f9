using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Priorities texts that choose their key: a MoSCoW class, a recurrence, a default task.</summary>
public sealed partial class Texts
{
    [TextPerValue("Moscow")] public partial string ClassName(MoscowClass moscow);

    [TextPerValue] public partial string RecurrenceName(Recurrence recurrence);

    /// <summary>A task's title: its own, or the default task's text in this language.</summary>
    public string TaskTitle(string? defaultKey, string? title) =>
        string.IsNullOrEmpty(title) && defaultKey is not null ? DefaultTaskTitle(defaultKey) : title ?? string.Empty;

    public string DefaultTaskTitle(string key) => key switch
    {
        "SteeringSupport" => TaskSteeringSupport, "Backlog" => TaskBacklog, "DecisionLog" => TaskDecisionLog,
        "OnboardingFollowUp" => TaskOnboardingFollowUp, "Wishes" => TaskWishes, "UserClub" => TaskUserClub,
        "StatusMaterial" => TaskStatusMaterial, "Survey" => TaskSurvey, "Showcase" => TaskShowcase,
        "RoleRevision" => TaskRoleRevision,
        _ => throw new KeyNotFoundException($"No text for {key}."),
    };
}
