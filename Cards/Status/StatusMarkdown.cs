using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Status;

/// <summary>Published status reports as pages of the export's site: an index and one page per report ("s-2026-03.md").</summary>
public static class StatusMarkdown
{
    public const int NavOrder = 3;

    public static string Folder(Texts texts) => PageNames.Slug(texts.StatusReportsTitle);

    public static string FileName(StatusReport report) => $"{PageNames.Slug(report.Number!.ToString())}.md";

    /// <summary>The index: every report, newest first, with its period and mark.</summary>
    public static string Index(Texts texts, IReadOnlyList<StatusReport> reports)
    {
        var md = new StringBuilder();
        md.AppendSectionFrontMatter(texts.StatusReportsTitle, NavOrder);
        md.Append(CultureInfo.InvariantCulture, $"# {texts.StatusReportsTitle}\n\n");
        if (reports.Count == 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"{texts.StatusNoneYet}\n");
            return md.ToString();
        }

        md.AppendTableHead("#", texts.StatusPeriodHeading, texts.StatusMarkLabel);
        foreach (var r in reports.Reverse())
        {
            md.Append(CultureInfo.InvariantCulture,
                $"| [{r.Number}]({FileName(r)[..^3]}) | {texts.Day(r.From)} – {texts.Day(r.To)} | {(r.Mark is { } m ? texts.StatusMarkName(m) : "–")} |\n");
        }

        return md.ToString();
    }

    public static string Page(Texts texts, StatusReport r, TimeZoneInfo zone, int navOrder)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"---\ntitle: {MarkdownText.Yaml(r.Number!.ToString())}\nparent: {MarkdownText.Yaml(texts.StatusReportsTitle)}\n");
        md.Append(CultureInfo.InvariantCulture, $"nav_order: {navOrder}\n---\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# {texts.StatusTitlePublished(r.Number)}\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{texts.StatusPeriod(texts.Day(r.From), texts.Day(r.To))}\n\n");
        md.Append(r.Mark is { } mark ? $"**{texts.StatusMarkName(mark)}** · {MarkdownText.Inline(r.MarkWhy)}\n\n" : $"{texts.StatusNotMarked}\n\n");
        if (r.PublishedAt is { } at)
        {
            md.Append(CultureInfo.InvariantCulture, $"{MarkdownText.Inline(texts.StatusPublishedBy(r.PublishedByName ?? string.Empty, texts.DateTime(at, zone)))}\n\n");
        }

        Section(md, texts, r, StatusArea.Decisions, r.DecisionsTaken.Count == 0 && r.DecisionsOpen.Count == 0 ? texts.StatusNoDecisions : null,
            [
                StatusWords.DecisionsTaken(texts, r.DecisionsTaken.Count),
                .. r.DecisionsTaken.Select(d => $"- {d.Number} {MarkdownText.Inline(d.Title)} · {texts.StatusName(d.Status)}"),
                StatusWords.DecisionsOpen(texts, r.DecisionsOpen.Count),
                .. r.DecisionsOpen.Select(d => $"- {d.Number} {MarkdownText.Inline(texts.StatusDeadline(d.Title, texts.DateTime(d.Deadline, zone)))}"),
            ]);
        Section(md, texts, r, StatusArea.Backlog, r.HasBacklog ? null
            : r.YearlyFeeDkk is null ? texts.StatusNoBacklog : $"{texts.StatusNoBacklog} {MarkdownText.Inline(StatusReportCard.FeeLine(texts, r))}",
            [
                .. r.Classes.Where(c => c.Count > 0).Select(c => $"- {texts.ClassName(c.Class)}: {MarkdownText.Inline(StatusWords.Class(texts, c))}"),
                MarkdownText.Inline(StatusWords.Budget(texts, r)),
                MarkdownText.Inline(StatusReportCard.FeeLine(texts, r)),
                MarkdownText.Inline(StatusWords.Statuses(texts, r)),
            ]);
        Section(md, texts, r, StatusArea.Wishes, r.WishesReceived == 0 && r.TopWishes.Count == 0 ? texts.StatusNoWishes : null,
            [
                StatusWords.WishesReceived(texts, r.WishesReceived),
                .. r.TopWishes.Count > 0 ? [texts.StatusTopWishes] : Array.Empty<string>(),
                .. r.TopWishes.Select(w => $"- \\#{w.Number} {MarkdownText.Inline(w.Title)} · {texts.Count(w.Support, Unit.Municipality)}"),
            ]);
        Section(md, texts, r, StatusArea.Onboarding, r.Onboardings.Count == 0 ? texts.StatusNoOnboardings : null,
            [.. r.Onboardings.Select(o => $"- {MarkdownText.Inline(StatusWords.Municipality(o))}: {MarkdownText.Inline(StatusWords.Onboarding(texts, o))}")]);
        Section(md, texts, r, StatusArea.Meetings, r.MeetingsHeld.Count == 0 && r.MeetingsComing.Count == 0 ? texts.StatusNoMeetings : null,
            [
                StatusWords.MeetingsHeld(texts, r.MeetingsHeld.Count),
                .. r.MeetingsHeld.Select(m => $"- {MarkdownText.Inline(m.Title)}: {Moved(texts, m, zone)}"),
                StatusWords.MeetingsComing(texts, r.MeetingsComing.Count),
                .. r.MeetingsComing.Select(m => $"- {MarkdownText.Inline(m.Title)}: {Moved(texts, m, zone)}"),
            ]);
        if (r.Surveys.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {texts.StatusSurveysHeading}\n\n");
            md.Append(string.Join("\n", StatusWords.Surveys(texts, r).Select(l => $"- {MarkdownText.Inline(l)}"))).Append("\n\n");
        }

        if (r.Releases.Count > 0)
        {
            // Each version links to its page in the export's releases folder, which links its items and decisions.
            md.Append(CultureInfo.InvariantCulture, $"## {texts.StatusReleasesHeading}\n\n");
            foreach (var release in r.Releases)
            {
                var version = Domain.Releases.ReleaseVersion.TryParse(release.Version);
                var name = version is null ? MarkdownText.Inline(release.Version)
                    : $"[{MarkdownText.Inline(release.Version)}](../{PageNames.Slug(texts.ReleasesTitle)}/{PageNames.ReleaseFileName(version)[..^3]})";
                md.Append(CultureInfo.InvariantCulture,
                    $"- {name} ({texts.Date(release.Date)}): {MarkdownText.Inline(release.Summary)} · {texts.Count(release.Items, Unit.Item)}\n");
            }

            md.Append('\n');
        }

        Section(md, texts, r, StatusArea.Work, r.MustWeeks.Count == 0 ? texts.StatusNoWork : !StatusWords.HasWork(r) ? texts.StatusNoWorkYet : null,
            [MarkdownText.Inline(StatusWords.Work(texts, r))]);
        return md.ToString();
    }

    private static string Moved(Texts texts, MeetingLine m, TimeZoneInfo zone) => m.OriginalStart is { } original
        ? texts.StatusMoved(texts.DateTime(m.Start, zone), texts.DateTime(original, zone))
        : texts.DateTime(m.Start, zone);

    private static void Section(StringBuilder md, Texts texts, StatusReport r, StatusArea area, string? empty, IReadOnlyList<string> lines)
    {
        md.Append(CultureInfo.InvariantCulture, $"## {texts.StatusAreaName(area)}\n\n");
        if (r.AreaNotes.GetValueOrDefault(area) is { Length: > 0 } note)
        {
            md.Append(CultureInfo.InvariantCulture, $"**{MarkdownText.Inline(note)}**\n\n");
        }

        if (empty is not null)
        {
            md.Append(CultureInfo.InvariantCulture, $"{empty}\n\n");
            return;
        }

        var inList = false;
        foreach (var line in lines)
        {
            // A line right after a list item would continue that item ("lazy continuation"): a blank line ends the list.
            var item = line.StartsWith("- ", StringComparison.Ordinal);
            if (inList && !item)
            {
                md.Append('\n');
            }

            md.Append(line).Append(item ? "\n" : "\n\n");
            inList = item;
        }

        md.Append('\n');
    }
}
