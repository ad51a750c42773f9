namespace CoordinatorBot.Domain.Releases;

/// <summary>Why an entered release is refused.</summary>
public enum ReleaseProblem
{
    Version,
    VersionTaken,
    Date,
    Summary,
    Notes,
    UnknownDecision,
}
