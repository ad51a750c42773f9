using CoordinatorBot.Tests.Status;

namespace CoordinatorBot.Tests.Cards;

/// <summary>The status report's and the governance report's cards in their states, for <see cref="CardGallery"/> and <see cref="HostileDataGallery"/>.</summary>
public static class StatusGallery
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t) => Cards(t, StatusSamples.Report(), "Sikkerhedsopdateringen er forsinket en uge.");

    public static IEnumerable<(string, AdaptiveCard)> Hostile(Texts t, string hostile)
    {
        var report = StatusSamples.Report();
        report = report with
        {
            DecisionsTaken = [.. report.DecisionsTaken.Select(d => d with { Title = hostile })],
            TopWishes = [.. report.TopWishes.Select(w => w with { Title = hostile })],
            MeetingsComing = [.. report.MeetingsComing.Select(m => m with { Title = hostile })],
            Onboardings = [.. report.Onboardings.Select(o => o with { Municipality = hostile })],
        };
        // The empty report and the governance cards show no typed text of these parts.
        return Cards(t, report, hostile).Where(c => !c.Item1.StartsWith("governance", StringComparison.Ordinal) && c.Item1 != "status-empty")
            .Select(c => ($"status-hostile-{c.Item1}", c.Item2));
    }

    private static IEnumerable<(string, AdaptiveCard)> Cards(Texts t, StatusReport report, string line)
    {
        var charts = StatusCharts.Available(report).ToDictionary(c => c,
            c => new Uri($"https://bot.example/status/chart?community=x&report=draft&chart={c}&lang={t.Language.Code()}&expires=1&signature=x"));
        var marked = report with
        {
            Mark = StatusMark.AtRisk, MarkWhy = line, AreaNotes = new Dictionary<StatusArea, string> { [StatusArea.Backlog] = line },
        };
        yield return ("status-draft", StatusReportCard.Compose(t, report, Zone, charts, canEdit: true));
        // A period with more releases than the card lists, each summary at its limit.
        yield return ("status-releases", StatusReportCard.Compose(t, report with
        {
            Releases = [.. Enumerable.Range(0, StatusReportCard.MaxReleases + 3).Select(i => new ReleaseLine($"3.{i}.0", new DateOnly(2026, 11, 1 + i),
                i % 2 == 0 ? AtLimit.Text(TextLimits.ReleaseSummary) : line, i))],
        }, Zone, charts, canEdit: true));
        yield return ("status-draft-needs-mark", StatusReportCard.Compose(t, marked, Zone, charts, canEdit: true, new Notice(t.StatusNeedsMark, true)));
        yield return ("status-published", StatusReportCard.Compose(t, marked with
        {
            Number = new StatusReportNumber(2026, 3), PublishedAt = StatusSamples.Now, PublishedByName = "Karen Jensen",
        }, Zone, charts, canEdit: true, new Notice(t.StatusPublishedNotice("S-2026-03"), false)));
        var empty = StatusComposition.Compose(StatusSamples.Empty(), StatusSamples.From, StatusSamples.To, StatusSamples.Now);
        yield return ("status-draft-ready", StatusDraftReadyCard.Compose(t, $"{line} (8. december 2026 kl. 10.00)"));
        yield return ("status-empty", StatusReportCard.Compose(t, empty, Zone, new Dictionary<StatusChart, Uri>(), canEdit: false));

        var suggestions = GovernanceSuggestions.From([new("aad-k", "Karen Jensen", new HashSet<CoordinatorBot.Domain.Communities.Role> { CoordinatorBot.Domain.Communities.Role.Coordinator }, null)],
            [], [], StatusSamples.Now, inPortfolio: true);
        var governance = GovernanceReport.Empty
            .With(new GovernanceEntry("G1", GovernanceMark.Met, "https://os2.eu/produkt/os2mo", "Karen Jensen", StatusSamples.Now))
            .With(new GovernanceEntry("F2", GovernanceMark.NotMet, line, "Karen Jensen", StatusSamples.Now));
        foreach (var section in Enum.GetValues<GovernanceSection>())
        {
            yield return ($"governance-{section}", GovernanceCard.Compose(t, new GovernanceView(governance, suggestions, section, Zone, CanEdit: true)));
        }

        yield return ("governance-read-only", GovernanceCard.Compose(t, new GovernanceView(GovernanceReport.Empty, [], GovernanceSection.Form, Zone, CanEdit: false),
            new Notice(t.GovernanceSaved("F2"), false)));
    }
}
