using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// A meeting's approved minutes as a Markdown page beside the decision log (just-the-docs front matter): the meeting,
/// the decision that approved the minutes, and each agenda item with what was said and the decisions taken there.
/// Every text from people goes through <see cref="MarkdownText"/>.
/// </summary>
public static class MinutesMarkdown
{
    /// <summary>"2026-12-08-styregruppemoede-referat.md": the meeting's local date and its kind.</summary>
    public static string FileName(Texts texts, Meeting meeting, TimeZoneInfo zone) =>
        $"{TimeZoneInfo.ConvertTime(meeting.Start, zone):yyyy-MM-dd}-{PageNames.Slug(texts.MeetingKindName(meeting.Kind))}-{texts.MinutesFileWord}.md";

    /// <summary>Each meeting's file name in one export; a second meeting of the same kind on the same day gets "-2".</summary>
    public static IReadOnlyDictionary<string, string> FileNames(Texts texts, IReadOnlyList<Meeting> meetings, TimeZoneInfo zone)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meeting in meetings.OrderBy(m => m.Start).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            var name = FileName(texts, meeting, zone);
            for (var n = 2; !used.Add(name); n++)
            {
                name = $"{FileName(texts, meeting, zone)[..^3]}-{n}.md";
            }

            names[meeting.Id] = name;
        }

        return names;
    }

    public static string Page(Texts texts, Meeting meeting, TimeZoneInfo zone)
    {
        var minutes = meeting.Minutes ?? new MeetingMinutes([], string.Empty, meeting.End);
        var title = texts.MinutesPageTitle(texts.MeetingName(meeting.Kind, meeting.Title));
        var md = new StringBuilder();
        md.Append("---\n");
        md.Append(CultureInfo.InvariantCulture, $"title: {MarkdownText.Yaml(title)}\n");
        md.Append(CultureInfo.InvariantCulture, $"parent: {MarkdownText.Yaml(texts.ExportParent)}\n");
        md.Append(CultureInfo.InvariantCulture, $"date: {TimeZoneInfo.ConvertTime(meeting.Start, zone):yyyy-MM-dd}\n");
        if (meeting.MinutesDecision is { } number)
        {
            md.Append(CultureInfo.InvariantCulture, $"decision: {MarkdownText.Yaml(number.ToString())}\n");
        }

        md.Append("---\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# {MarkdownText.Inline(title)}\n\n");
        md.Append("| | |\n|---|---|\n");
        Row(md, texts.MeetingFactWhen, MeetingTimesText(texts, meeting, zone));
        Row(md, texts.MeetingFactWhere, MeetingPlace.Held(texts, meeting));
        Row(md, texts.MinutesFactWrittenBy, minutes.WrittenByName);
        if (meeting.MinutesDecision is { } approvedBy)
        {
            Row(md, texts.MinutesFactApprovedBy, approvedBy.ToString());
        }

        Row(md, texts.MeetingAttendeesHeading(meeting.Attendees.Count),
            texts.JoinList(meeting.Attendees.Select(a => a.AadObjectId is null && a.Email is { } e ? e : a.Name)));
        for (var i = 0; i < minutes.Items.Count; i++)
        {
            var item = minutes.Items[i];
            md.Append(CultureInfo.InvariantCulture, $"\n## {i + 1}\\. {MarkdownText.Inline(item.Heading)}\n\n");
            if (item.Text.Length > 0)
            {
                md.Append(MarkdownText.Block(item.Text)).Append('\n');
            }

            if (item.Decisions.Count > 0)
            {
                md.Append(CultureInfo.InvariantCulture,
                    $"\n{MarkdownText.Inline(texts.MinutesDecisionsLine(string.Join(", ", item.Decisions)))}\n");
            }
        }

        return md.ToString();
    }

    private static string MeetingTimesText(Texts texts, Meeting meeting, TimeZoneInfo zone) =>
        MeetingTimes.Range(texts, meeting.Start, meeting.End, zone);

    private static void Row(StringBuilder md, string name, string value) =>
        md.Append(CultureInfo.InvariantCulture, $"| {MarkdownText.Inline(name)} | {MarkdownText.Inline(value)} |\n");
}
