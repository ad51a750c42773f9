namespace CoordinatorBot.Domain.Onboarding;

public enum TickOutcome
{
    Ticked,
    Completed,
    AlreadyDone,
    NotOwner,
    UnknownStep,
    FollowUpNeedsAnswers,
}
