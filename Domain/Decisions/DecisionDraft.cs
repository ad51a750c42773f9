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
    public const int MaxTitleLength = 120;
    public const int MaxTextLength = 2000;

    /// <summary>The fields that are missing or wrong; none when the draft can be proposed.</summary>
    public IReadOnlyList<DraftProblem> Validate(DateTimeOffset now)
    {
        var problems = new List<DraftProblem>();
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > MaxTitleLength)
        {
            problems.Add(DraftProblem.Title);
        }

        if (string.IsNullOrWhiteSpace(Context) || Context.Length > MaxTextLength)
        {
            problems.Add(DraftProblem.Context);
        }

        if (string.IsNullOrWhiteSpace(Proposal) || Proposal.Length > MaxTextLength)
        {
            problems.Add(DraftProblem.Proposal);
        }

        if (new[] { Consequences, Implementation, Risks }.Any(t => t?.Length > MaxTextLength))
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
