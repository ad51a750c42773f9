namespace CoordinatorBot.Domain.Guides;

/// <summary>proposed → approved, or back to the proposer with changes asked, or declined with a reason.</summary>
public enum GuideStatus
{
    Proposed,
    ChangesAsked,
    Approved,
    Declined,
}
