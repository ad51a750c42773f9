namespace CoordinatorBot.Domain.Releases;

/// <summary>
/// One release of the community's product: its version, when it came, a short summary, its notes and the decisions it
/// carried out. The backlog items it delivered are the items the supplier marked with its version (they keep it).
/// </summary>
public sealed record Release
{
    /// <summary>The version as written ("3.2.0", "v2024.2").</summary>
    public required string Version { get; init; }

    public required DateOnly Date { get; init; }
    public required string Summary { get; init; }
    public string Notes { get; init; } = string.Empty;

    /// <summary>The decisions it carried out ("B-2026-014").</summary>
    public IReadOnlyList<string> Decisions { get; init; } = [];

    public ReleaseSource Source { get; init; } = ReleaseSource.Coordinator;

    /// <summary>The release on GitHub, when it came from there.</summary>
    public string? Url { get; init; }

    /// <summary>Who entered it (the coordinator), none for one read from GitHub.</summary>
    public string? EnteredById { get; init; }
    public string? EnteredByName { get; init; }
    public required DateTimeOffset RecordedAt { get; init; }

    public ReleaseVersion ParsedVersion() => ReleaseVersion.TryParse(Version) ?? throw new InvalidOperationException("A stored release has a version.");
}
