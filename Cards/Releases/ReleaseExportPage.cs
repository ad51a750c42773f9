using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Cards.Releases;

/// <summary>
/// One version's page in the export: the release, or none for a version items are marked with that is not out yet;
/// its items, and its decisions with their pages' file names (so the page links to them).
/// </summary>
public sealed record ReleaseExportPage(ReleaseVersion Version, Release? Release, IReadOnlyList<BacklogItem> Items,
    IReadOnlyList<(string Number, string Title, string? File)> Decisions);
