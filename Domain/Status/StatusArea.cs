namespace CoordinatorBot.Domain.Status;

/// <summary>The parts of a status report, each of which may carry its own line from the coordinator.</summary>
public enum StatusArea
{
    Decisions,
    Backlog,
    Wishes,
    Onboarding,
    Meetings,
    Work,
}
