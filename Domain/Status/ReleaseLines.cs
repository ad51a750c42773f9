using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Domain.Status;

/// <summary>The report's releases: those dated in its period (since the previous report), oldest first, with their items counted.</summary>
public static class ReleaseLines
{
    public static IReadOnlyList<ReleaseLine> Of(IReadOnlyList<Release> releases, IReadOnlyList<BacklogItem> items, DateOnly from, DateOnly to) =>
        [.. ReleaseLog.Within(releases, from, to).Select(r => new ReleaseLine(r.Version, r.Date, r.Summary, ReleaseLog.ItemsOf(r, items).Count))];
}
