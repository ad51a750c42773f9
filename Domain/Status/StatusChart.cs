namespace CoordinatorBot.Domain.Status;

/// <summary>The pictures a status report shows.</summary>
public enum StatusChart
{
    /// <summary>The backlog's estimates per MoSCoW class against the coordination group's budget.</summary>
    Backlog,

    /// <summary>Each municipality's onboarding progress: steps done of all.</summary>
    Onboarding,

    /// <summary>The coordinator's MUST hours per week against the weekly hour budget.</summary>
    MustHours,
}
