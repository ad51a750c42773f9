namespace CoordinatorBot.Domain.Releases;

/// <summary>Where a release was recorded from.</summary>
public enum ReleaseSource
{
    Coordinator,
    GitHub,
}
