namespace CoordinatorBot.Domain.Decisions;

/// <summary>What the proposal form asks for. <see cref="Deadline"/> is an instant; the form speaks local time.</summary>
public sealed record DecisionDraft(
    string Title,
    DecisionType Type,
    DecidingBody Body,
    string Context,
    string Proposal,
    string? Consequences,
    string? Implementation,
    string? Risks,
    DateTimeOffset Deadline,
    DecisionRule Rule,
    DecisionNumber? Supersedes = null)
{
    /// <summary>
    /// The fields that are missing, too long (<see cref="TextLimits"/>) or wrong; none when the draft can be proposed.
    /// </summary>
    public IReadOnlyList<DraftProblem> Validate(DateTimeOffset now)
    {
        var problems = new List<DraftProblem>();
        if (string.IsNullOrWhiteSpace(Title) || TextLimits.Exceeds(Title, TextLimits.DecisionTitle))
        {
            problems.Add(DraftProblem.Title);
        }

        if (string.IsNullOrWhiteSpace(Context) || TextLimits.Exceeds(Context, TextLimits.DecisionText))
        {
            problems.Add(DraftProblem.Context);
        }

        if (string.IsNullOrWhiteSpace(Proposal) || TextLimits.Exceeds(Proposal, TextLimits.DecisionText))
        {
            problems.Add(DraftProblem.Proposal);
        }

        if (new[] { Consequences, Implementation, Risks }.Any(t => TextLimits.Exceeds(t, TextLimits.DecisionText)))
        {
            problems.Add(DraftProblem.TooLong);
        }

        if (Deadline <= now)
        {
            problems.Add(DraftProblem.Deadline);
        }

        if (!Rule.IsValid)
        {
            problems.Add(DraftProblem.Rule);
        }

        return problems;
    }
}
