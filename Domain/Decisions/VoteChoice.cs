namespace CoordinatorBot.Domain.Decisions;

/// <summary>Godkend, Afvis, Undlad, Indsigelse.</summary>
public enum VoteChoice
{
    Approve,
    Reject,
    Abstain,
    Object,
}
