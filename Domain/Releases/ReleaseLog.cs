namespace CoordinatorBot.Domain.Releases;

/// <summary>The rules of a community's list of releases: each version once, newest (highest version) first.</summary>
public static class ReleaseLog
{
    /// <summary>Newest first: by version as people read them (3.10.0 after 3.9.1), then by date.</summary>
    public static IReadOnlyList<Release> Newest(IEnumerable<Release> releases) =>
        [.. releases.OrderByDescending(r => r.ParsedVersion()).ThenByDescending(r => r.Date)];

    /// <summary>Whether <paramref name="version"/> is already one of <paramref name="releases"/> (written another way too: "v3.2" is 3.2.0).</summary>
    public static bool IsTaken(IEnumerable<Release> releases, ReleaseVersion version) => releases.Any(r => r.ParsedVersion().Equals(version));

    /// <summary>The items delivered in <paramref name="release"/>: those the supplier marked with its version.</summary>
    public static IReadOnlyList<Backlog.BacklogItem> ItemsOf(Release release, IEnumerable<Backlog.BacklogItem> items) =>
        [.. items.Where(i => ReleaseVersion.TryParse(i.ReleaseVersion) is { } v && v.Equals(release.ParsedVersion())).OrderBy(i => i.Number)];

    /// <summary>Delivered items with no release yet: what waits for one.</summary>
    public static IReadOnlyList<Backlog.BacklogItem> Waiting(IEnumerable<Backlog.BacklogItem> items) =>
        [.. items.Where(i => i.Status == Backlog.ItemStatus.Delivered && i.ReleaseVersion is null).OrderBy(i => i.Number)];

    /// <summary>The release with <paramref name="version"/>, however it was written.</summary>
    public static Release? Find(IEnumerable<Release> releases, ReleaseVersion version) => releases.FirstOrDefault(r => r.ParsedVersion().Equals(version));

    /// <summary>The versions that carried out <paramref name="decision"/> ("B-2026-014"), oldest first: usually one.</summary>
    public static IReadOnlyList<string> CarryingOut(IEnumerable<Release> releases, string decision) =>
        [.. releases.Where(r => r.Decisions.Contains(decision, StringComparer.OrdinalIgnoreCase)).OrderBy(r => r.ParsedVersion()).Select(r => r.Version)];

    /// <summary>The releases dated within a status report's period, oldest first.</summary>
    public static IReadOnlyList<Release> Within(IEnumerable<Release> releases, DateOnly from, DateOnly to) =>
        [.. releases.Where(r => r.Date >= from && r.Date <= to).OrderBy(r => r.Date).ThenBy(r => r.ParsedVersion())];
}
