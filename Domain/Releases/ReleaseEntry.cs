namespace CoordinatorBot.Domain.Releases;

/// <summary>A release as the coordinator enters it on the form, checked before it is stored.</summary>
public sealed record ReleaseEntry(string? Version, DateOnly? Date, string? Summary, string? Notes, IReadOnlyList<string> Decisions)
{
    /// <summary>
    /// The problems: a version that is none or is already there (however written), no date or one in the future, no
    /// summary or texts over their limits, a decision number the community does not have.
    /// </summary>
    public IReadOnlyList<ReleaseProblem> Validate(IReadOnlyList<Release> existing, IReadOnlySet<string> knownDecisions, DateOnly today)
    {
        var problems = new List<ReleaseProblem>();
        if (ReleaseVersion.TryParse(Version) is not { } version)
        {
            problems.Add(ReleaseProblem.Version);
        }
        else if (ReleaseLog.IsTaken(existing, version))
        {
            problems.Add(ReleaseProblem.VersionTaken);
        }

        if (Date is not { } date || date > today)
        {
            problems.Add(ReleaseProblem.Date);
        }

        if (string.IsNullOrWhiteSpace(Summary) || TextLimits.Exceeds(Summary.Trim(), TextLimits.ReleaseSummary))
        {
            problems.Add(ReleaseProblem.Summary);
        }

        if (TextLimits.Exceeds(Notes?.Trim(), TextLimits.ReleaseNotes))
        {
            problems.Add(ReleaseProblem.Notes);
        }

        if (Decisions.Any(d => !knownDecisions.Contains(d)))
        {
            problems.Add(ReleaseProblem.UnknownDecision);
        }

        return problems;
    }
}
