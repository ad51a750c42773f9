namespace CoordinatorBot.Domain.Guides;

/// <summary>What the coordinator does with a proposal.</summary>
public enum GuideDecision
{
    Approve,
    AskChanges,
    Decline,
}
