namespace CoordinatorBot.Domain.Decisions;

/// <summary>What the decision log is filtered by; empty matches everything.</summary>
public sealed record DecisionFilter(
    DecisionStatus? Status = null,
    DecisionType? Type = null,
    DecidingBody? Body = null,
    int? Year = null,
    IReadOnlyList<string>? Words = null)
{
    public bool Matches(Decision decision) =>
        (Status is null || decision.Status == Status) &&
        (Type is null || decision.Draft.Type == Type) &&
        (Body is null || decision.Draft.Body == Body) &&
        (Year is null || decision.Number.Year == Year) &&
        (Words ?? []).All(word => Searchable(decision).Contains(word, StringComparison.CurrentCultureIgnoreCase));

    private static string Searchable(Decision d) => string.Join('\n', d.Number.ToString(), d.Draft.Title, d.Draft.Context,
        d.Draft.Proposal, d.Draft.Consequences, d.Draft.Implementation, d.Draft.Risks, d.OutcomeText, d.ProposerName);
}
