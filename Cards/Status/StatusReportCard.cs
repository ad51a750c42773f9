using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Status;

/// <summary>
/// A status report: its period and mark, then each part (decisions, backlog, wishes, onboarding, meetings, the
/// coordinator's MUST work) with its pictures. A part without data says so. A draft shown to the coordinator carries
/// the form for the mark and the buttons to save and publish.
/// </summary>
public static class StatusReportCard
{
    public const string MarkInput = "statusMark";
    public const string WhyInput = "statusWhy";

    /// <summary>The input of an area's own line: "statusNote{Area}".</summary>
    public static string NoteInput(StatusArea area) => $"statusNote{area}";

    /// <summary>The data key on the preview's button: publish the draft as it was shown, marks and all.</summary>
    public const string PreviewedKey = "previewed";

    /// <param name="preview">The draft as it will be posted in the channel, with the buttons to publish it or go back to it.</param>
    public static AdaptiveCard Compose(Texts texts, StatusReport report, TimeZoneInfo zone, IReadOnlyDictionary<StatusChart, Uri> charts,
        bool canEdit, Notice? notice = null, bool preview = false)
    {
        var body = BodyWith(notice);

        var title = report.Number is { } number ? texts.StatusTitlePublished(number) : preview ? texts.StatusTitlePreview : texts.StatusTitleDraft;
        body.Add(Title(title));
        body.Add(new TextBlock(texts.StatusPeriod(texts.Day(report.From), texts.Day(report.To))) { IsSubtle = true, Spacing = Spacing.None });
        body.Add(report.Mark is { } mark
            ? TextBlock.Markdown($"**{texts.StatusMarkName(mark)}** · {report.MarkWhy ?? string.Empty}")
            : new TextBlock(texts.StatusNotMarked) { IsSubtle = true });
        if (report.PublishedAt is { } at)
        {
            body.Add(new TextBlock(texts.StatusPublishedBy(report.PublishedByName ?? string.Empty, texts.DateTime(at, zone))) { IsSubtle = true });
        }

        Decisions(texts, report, zone, body);
        Backlog(texts, report, charts, body);
        Wishes(texts, report, body);
        Onboarding(texts, report, charts, body);
        Meetings(texts, report, zone, body);
        Surveys(texts, report, body);
        Releases(texts, report, body);
        Work(texts, report, charts, body);

        if (preview)
        {
            return Card(texts, title, body,
            [
                Execute(texts, texts.StatusPublishToChannel, CardVerbs.StatusPublish, (PreviewedKey, "true")) with { AssociatedInputs = AssociatedInputs.None },
                RunCommand(texts, texts.StatusBackToDraft, CommandIds.Status),
            ]);
        }

        var editable = canEdit && !report.IsPublished;
        if (editable)
        {
            body.Add(Subtitle(texts.StatusMarkHeading));
            body.Add(new ChoiceSetInput(texts.StatusMarkLabel,
                [.. Enum.GetValues<StatusMark>().Select(m => new Choice(texts.StatusMarkName(m), m.ToString()))])
            {
                Id = MarkInput, Value = report.Mark?.ToString(), Style = ChoiceSetStyle.Expanded,
            });
            body.Add(new TextInput(texts.StatusWhyLabel) { Id = WhyInput, Value = report.MarkWhy, MaxLength = TextLimits.StatusLine });
            foreach (var area in Enum.GetValues<StatusArea>())
            {
                body.Add(new TextInput(texts.StatusNoteLabel(texts.StatusAreaName(area)))
                {
                    Id = NoteInput(area), Value = report.AreaNotes.GetValueOrDefault(area), MaxLength = TextLimits.StatusLine,
                });
            }
        }

        return Card(texts, title, body, editable
            ? [Execute(texts, texts.StatusSave, CardVerbs.StatusSave), Execute(texts, texts.StatusPreview, CardVerbs.StatusPreview)]
            : null);
    }

    private static void Part(Texts texts, StatusReport report, StatusArea area, List<CardElement> body)
    {
        body.Add(Subtitle(texts.StatusAreaName(area)));
        if (report.AreaNotes.GetValueOrDefault(area) is { Length: > 0 } note)
        {
            body.Add(new TextBlock(note) { Weight = TextWeight.Bolder });
        }
    }

    private static void Decisions(Texts texts, StatusReport report, TimeZoneInfo zone, List<CardElement> body)
    {
        Part(texts, report, StatusArea.Decisions, body);
        if (report.DecisionsTaken.Count == 0 && report.DecisionsOpen.Count == 0)
        {
            body.Add(Paragraph(texts.StatusNoDecisions));
            return;
        }

        Counted(body, StatusWords.DecisionsTaken(texts, report.DecisionsTaken.Count), report.DecisionsTaken,
            d => new Fact(d.Number, $"{d.Title} · {texts.StatusName(d.Status)}"));
        Counted(body, StatusWords.DecisionsOpen(texts, report.DecisionsOpen.Count), report.DecisionsOpen,
            d => new Fact(d.Number, texts.StatusDeadline(d.Title, texts.DateTime(d.Deadline, zone))));
    }

    private static void Backlog(Texts texts, StatusReport report, IReadOnlyDictionary<StatusChart, Uri> charts, List<CardElement> body)
    {
        Part(texts, report, StatusArea.Backlog, body);
        if (!report.HasBacklog)
        {
            body.Add(Paragraph(texts.StatusNoBacklog));
            if (report.YearlyFeeDkk is not null)
            {
                body.Add(new TextBlock(FeeLine(texts, report)) { Spacing = Spacing.None });
            }

            return;
        }

        // A class without items is left out: "estimeret – · prioriteret –" says nothing.
        body.Add(new FactSet([.. report.Classes.Where(c => c.Count > 0).Select(c => new Fact(texts.ClassName(c.Class), StatusWords.Class(texts, c)))]));
        body.Add(new TextBlock(StatusWords.Budget(texts, report)));
        body.Add(new TextBlock(FeeLine(texts, report)) { Spacing = Spacing.None });
        body.Add(new TextBlock(StatusWords.Statuses(texts, report)) { IsSubtle = true });
        Chart(texts, report, StatusChart.Backlog, charts, body);
    }

    /// <summary>"Prioriteret i 2026: 120.000 kr. af produktets årlige kontingent på 400.000 kr. (30 %)", or that setup has no fee.</summary>
    public static string FeeLine(Texts texts, StatusReport report) => report.YearlyFeeDkk is { } fee and > 0
        ? texts.StatusFeeLine(report.To.Year.ToString(texts.Culture), texts.Kroner(report.PrioritisedInYearDkk), texts.Kroner(fee),
            texts.Number(Math.Round(report.PrioritisedInYearDkk / fee * 100m, MidpointRounding.AwayFromZero)))
        : texts.StatusFeeNotSet;

    private static void Wishes(Texts texts, StatusReport report, List<CardElement> body)
    {
        Part(texts, report, StatusArea.Wishes, body);
        if (report.WishesReceived == 0 && report.TopWishes.Count == 0)
        {
            body.Add(Paragraph(texts.StatusNoWishes));
            return;
        }

        body.Add(new TextBlock(StatusWords.WishesReceived(texts, report.WishesReceived)));
        if (report.TopWishes.Count > 0)
        {
            body.Add(new TextBlock(texts.StatusTopWishes));
            body.Add(new FactSet([.. report.TopWishes.Select(w => new Fact($"#{w.Number}", $"{w.Title} · {texts.Count(w.Support, Unit.Municipality)}"))]));
        }
    }

    private static void Onboarding(Texts texts, StatusReport report, IReadOnlyDictionary<StatusChart, Uri> charts, List<CardElement> body)
    {
        Part(texts, report, StatusArea.Onboarding, body);
        if (report.Onboardings.Count == 0)
        {
            body.Add(Paragraph(texts.StatusNoOnboardings));
            return;
        }

        body.Add(new FactSet([.. report.Onboardings.Select(o => new Fact(StatusWords.Municipality(o), StatusWords.Onboarding(texts, o)))]));
        Chart(texts, report, StatusChart.Onboarding, charts, body);
    }

    private static void Meetings(Texts texts, StatusReport report, TimeZoneInfo zone, List<CardElement> body)
    {
        Part(texts, report, StatusArea.Meetings, body);
        if (report.MeetingsHeld.Count == 0 && report.MeetingsComing.Count == 0)
        {
            body.Add(Paragraph(texts.StatusNoMeetings));
            return;
        }

        Counted(body, StatusWords.MeetingsHeld(texts, report.MeetingsHeld.Count), report.MeetingsHeld, m => Meeting(texts, m, zone));
        Counted(body, StatusWords.MeetingsComing(texts, report.MeetingsComing.Count), report.MeetingsComing, m => Meeting(texts, m, zone));
    }

    /// <summary>A line that counts, and the facts it counts under it when there are any.</summary>
    private static void Counted<T>(List<CardElement> body, string count, IReadOnlyList<T> items, Func<T, Fact> fact)
    {
        body.Add(new TextBlock(count));
        if (items.Count > 0)
        {
            body.Add(new FactSet([.. items.Select(fact)]));
        }
    }

    /// <summary>A moved meeting shows where it was first planned beside where it is now.</summary>
    /// <summary>The user surveys the coordinator put into the report; no part at all when there are none.</summary>
    private static void Surveys(Texts texts, StatusReport report, List<CardElement> body)
    {
        if (report.Surveys.Count == 0)
        {
            return;
        }

        body.Add(Subtitle(texts.StatusSurveysHeading));
        foreach (var line in StatusWords.Surveys(texts, report))
        {
            body.Add(new TextBlock(line) { Spacing = Spacing.Small });
        }
    }

    /// <summary>The most releases the card lists (the export's page lists all): a period rarely has more.</summary>
    public const int MaxReleases = 10;

    /// <summary>The releases of the period; no part at all when there are none (as in a report stored before releases).</summary>
    private static void Releases(Texts texts, StatusReport report, List<CardElement> body)
    {
        if (report.Releases.Count == 0)
        {
            return;
        }

        body.Add(Subtitle(texts.StatusReleasesHeading));
        foreach (var line in StatusWords.Releases(texts, report).Take(MaxReleases))
        {
            body.Add(new TextBlock(line) { Spacing = Spacing.Small });
        }

        if (report.Releases.Count > MaxReleases)
        {
            body.Add(new TextBlock(texts.StatusReleasesMore(report.Releases.Count - MaxReleases)) { IsSubtle = true, Spacing = Spacing.Small });
        }
    }

    private static Fact Meeting(Texts texts, MeetingLine meeting, TimeZoneInfo zone)
    {
        var when = texts.DateTime(meeting.Start, zone);
        if (meeting.OriginalStart is { } original)
        {
            when = texts.StatusMoved(when, texts.DateTime(original, zone));
        }

        if (meeting.IsCancelled)
        {
            when = $"{when} · {texts.MeetingStatusName(Domain.Meetings.MeetingStatus.Cancelled)}";
        }

        return new Fact(meeting.Title, when);
    }

    private static void Work(Texts texts, StatusReport report, IReadOnlyDictionary<StatusChart, Uri> charts, List<CardElement> body)
    {
        Part(texts, report, StatusArea.Work, body);
        if (report.MustWeeks.Count == 0)
        {
            body.Add(Paragraph(texts.StatusNoWork));
            return;
        }

        if (!StatusWords.HasWork(report))
        {
            body.Add(Paragraph(texts.StatusNoWorkYet));
            return;
        }

        body.Add(new TextBlock(StatusWords.Work(texts, report)));
        Chart(texts, report, StatusChart.MustHours, charts, body);
    }

    private static void Chart(Texts texts, StatusReport report, StatusChart chart, IReadOnlyDictionary<StatusChart, Uri> charts, List<CardElement> body)
    {
        if (charts.TryGetValue(chart, out var url))
        {
            body.Add(new Image(url) { AltText = StatusCharts.AltText(texts, report, chart) });
        }
    }
}
