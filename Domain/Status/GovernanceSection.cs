namespace CoordinatorBot.Domain.Status;

/// <summary>The checklist's sections: Relevans (R), Formkrav (F), Strategisk sammenhæng (S), Governance (G).</summary>
public enum GovernanceSection
{
    Relevance,
    Form,
    Strategy,
    Governance,
}
