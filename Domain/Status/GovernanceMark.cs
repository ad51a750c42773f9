namespace CoordinatorBot.Domain.Status;

/// <summary>An item's mark: the template's four (✅ ❌ ➖ ❓), or none yet.</summary>
public enum GovernanceMark
{
    NotAssessed,
    Met,
    NotMet,
    NotRelevant,
    Unclear,
}
