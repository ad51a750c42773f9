namespace CoordinatorBot.Tests.Status;

[Trait("Category", "Unit")]
public sealed class StatusCompositionTests
{
    [Fact]
    public void A_report_holds_the_decisions_taken_in_the_period_and_those_still_open()
    {
        var report = StatusSamples.Report();

        Assert.Equal(["B-2026-003"], report.DecisionsTaken.Select(d => d.Number));
        Assert.Equal(["B-2026-004"], report.DecisionsOpen.Select(d => d.Number));
    }

    [Fact]
    public void The_backlog_is_summed_by_class_and_the_committed_part_counts_against_the_budget()
    {
        var report = StatusSamples.Report();

        var must = report.Classes.Single(c => c.Class == MoscowClass.Must);
        Assert.Equal((1, 120m, 90000m), (must.Count, must.Total.Hours!.Value, must.Committed.Dkk!.Value));
        Assert.Equal(120m, report.Committed.Hours);
        Assert.Equal(400m, report.Budget.Hours);
    }

    [Fact]
    public void Wishes_received_in_the_period_are_counted_and_the_most_supported_open_ones_come_first()
    {
        var report = StatusSamples.Report();

        Assert.Equal(1, report.WishesReceived);
        Assert.Equal([(11, 3), (10, 1)], report.TopWishes.Select(w => (w.Number, w.Support)));
    }

    [Fact]
    public void A_moved_meeting_keeps_its_original_date_beside_the_new_one()
    {
        var report = StatusSamples.Report();
        var texts = new Texts(Language.Danish);

        var moved = Assert.Single(report.MeetingsComing);
        Assert.Equal(StatusSamples.Now.AddDays(33), moved.OriginalStart);
        Assert.Single(report.MeetingsHeld);
        var card = CardJsonText(StatusReportCard.Compose(texts, report, StatusSamples.Community().Clock.Zone, new Dictionary<StatusChart, Uri>(), false));
        Assert.Contains($"{texts.DateTime(moved.Start, StatusSamples.Community().Clock.Zone)} (oprindeligt {texts.DateTime(StatusSamples.Now.AddDays(33), StatusSamples.Community().Clock.Zone)})",
            card, StringComparison.Ordinal);
    }

    [Fact]
    public void The_MUST_hours_of_the_last_six_weeks_count_each_occurrence_and_leave_out_SHOULD_work()
    {
        var report = StatusSamples.Report();

        Assert.Equal([44, 45, 46, 47, 48, 49], report.MustWeeks.Select(w => w.Week));
        Assert.Equal([4m, 4m, 4m, 4m, 16m, 4m], report.MustWeeks.Select(w => w.Hours));
        Assert.Equal(10m, report.WeeklyHourBudget);
    }

    [Fact]
    public void Onboardings_show_their_progress_and_overdue_steps()
    {
        var line = Assert.Single(StatusSamples.Report().Onboardings);

        Assert.Equal(("Aarhus", 1, 7), (line.Municipality, line.Done, line.Total));
        Assert.Equal(new DateOnly(2027, 3, 1), line.GoLive);
    }

    [Fact]
    public void A_community_without_data_gets_a_report_whose_every_part_says_it_has_none()
    {
        var texts = new Texts(Language.Danish);
        var report = StatusComposition.Compose(StatusSamples.Empty(), StatusSamples.From, StatusSamples.To, StatusSamples.Now);

        var card = CardJsonText(StatusReportCard.Compose(texts, report, StatusSamples.Community().Clock.Zone, new Dictionary<StatusChart, Uri>(), true));

        foreach (var empty in new[] { texts.StatusNoDecisions, texts.StatusNoBacklog, texts.StatusNoWishes, texts.StatusNoOnboardings, texts.StatusNoMeetings, texts.StatusNoWork })
        {
            Assert.Contains(empty, card, StringComparison.Ordinal);
        }

        Assert.Empty(StatusCharts.Available(report));
    }

    [Theory]
    [InlineData("da", new[] { "1 beslutning taget i perioden", "1 beslutning venter på afgørelse", "1 møde holdt i perioden", "1 møde planlagt",
        "1 nyt ønske i perioden.", "1 punkt · estimeret 120 timer · 90.000 kr. · heraf prioriteret 120 timer · 90.000 kr.",
        "1 punkt med status Prioriteret", "Aarhus Kommune 1 af 7 trin udført · go-live 1. marts 2027" })]
    [InlineData("en", new[] { "1 decision taken in the period", "1 decision awaiting a decision", "1 meeting held in the period", "1 meeting planned",
        "1 new wish in the period.", "1 item with status Prioritised", "Aarhus Kommune 1 of 7 steps done" })]
    public void Every_figure_says_what_it_counts_and_a_municipality_is_named_once(string language, string[] lines)
    {
        var texts = new Texts(language == "da" ? Language.Danish : Language.English);
        var card = CardJsonText(StatusReportCard.Compose(texts, StatusSamples.Report(), StatusSamples.Community().Clock.Zone,
            new Dictionary<StatusChart, Uri>(), false));

        Assert.All(lines, line => Assert.Contains(line, card, StringComparison.Ordinal));
        Assert.DoesNotContain("Aarhus Kommune Aarhus", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Aarhus: ", card, StringComparison.Ordinal);
        Assert.DoesNotContain(" –", card.Replace(" – 30.", string.Empty, StringComparison.Ordinal).Replace(" – 30 ", string.Empty, StringComparison.Ordinal),
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_period_runs_from_the_day_after_the_last_report_to_today()
    {
        var last = StatusSamples.Report() with { Number = new StatusReportNumber(2026, 2) };

        var started = new DateOnly(2026, 9, 1);
        Assert.Equal((new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 14)), StatusComposition.DefaultPeriod(last, new DateOnly(2026, 12, 14), started));
        Assert.Equal((new DateOnly(2026, 11, 14), new DateOnly(2026, 12, 14)), StatusComposition.DefaultPeriod(null, new DateOnly(2026, 12, 14), started));
        // Composed again the day the last report was published: today alone, not the last one's month again.
        Assert.Equal((new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 30)), StatusComposition.DefaultPeriod(last, new DateOnly(2026, 11, 30), started));
    }

    [Fact]
    public void The_first_report_starts_when_the_community_started_and_has_no_weeks_before_it()
    {
        Assert.Equal((new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 14)),
            StatusComposition.DefaultPeriod(null, new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 10)));

        // Started on Thursday 26 November: the weeks of the report begin with that week, whatever the period says.
        var seeded = StatusSamples.Seeded();
        var inputs = seeded with { Community = seeded.Community with { CreatedAt = DateTimeOffset.Parse("2026-11-26T09:00:00Z", CultureInfo.InvariantCulture) } };
        var report = StatusComposition.Compose(inputs, StatusSamples.From, StatusSamples.To, StatusSamples.Now);

        Assert.Equal(new DateOnly(2026, 11, 26), report.From);
        Assert.Equal([48, 49], report.MustWeeks.Select(w => w.Week));
    }

    [Theory]
    [InlineData("S-2026-03", 2026, 3)]
    [InlineData("s-2027-12", 2027, 12)]
    public void A_report_number_reads_and_writes_as_S_year_sequence(string text, int year, int sequence)
    {
        var number = StatusReportNumber.Parse(text);

        Assert.Equal(new StatusReportNumber(year, sequence), number);
        Assert.Equal($"S-{year}-{sequence:00}", number!.ToString());
        Assert.Null(StatusReportNumber.Parse("B-2026-003"));
    }

    [Fact]
    public void The_draft_day_counts_office_days_back_over_weekends_and_the_Christmas_days()
    {
        Assert.Equal(new DateOnly(2026, 12, 1), StatusSchedule.DraftDay(new DateOnly(2026, 12, 8), 5));
        Assert.Equal(new DateOnly(2026, 12, 18), StatusSchedule.DraftDay(new DateOnly(2027, 1, 5), 5));
        Assert.Equal(new DateOnly(2027, 1, 4), StatusSchedule.MonthlyDraftDay(2027, 1, 1));
        Assert.Equal(new DateOnly(2027, 1, 5), StatusSchedule.MonthlyDraftDay(2027, 1, 2));
    }

    internal static string CardJsonText(CoordinatorBot.Cards.Model.AdaptiveCard card) =>
        Support.BotHarness.Text(System.Text.Json.Nodes.JsonNode.Parse(CoordinatorBot.Cards.Model.CardJson.Serialize(card)));

    [Fact]
    public void The_years_prioritised_kroner_are_set_against_the_yearly_fee_from_setup()
    {
        var seeded = StatusSamples.Seeded();
        var thisYear = seeded.Items[0] with { PrioritisedAt = StatusSamples.Now.AddDays(-20) };
        var lastYear = seeded.Items[0] with { Number = 2, Estimate = new CoordinatorBot.Domain.Backlog.Estimate(10, 30000), PrioritisedAt = StatusSamples.Now.AddYears(-1) };
        var inputs = seeded with { Community = seeded.Community with { YearlyFeeDkk = 400000m }, Items = [thisYear, lastYear] };

        var report = StatusComposition.Compose(inputs, StatusSamples.From, StatusSamples.To, StatusSamples.Now);

        Assert.Equal((400000m, 90000m), (report.YearlyFeeDkk, report.PrioritisedInYearDkk));
        Assert.Equal("Prioriteret i 2026: 90.000 kr. af produktets årlige kontingent på 400.000 kr. (23 %).",
            StatusReportCard.FeeLine(new Texts(Language.Danish), report));
        Assert.Equal("The product's yearly fee is not set in setup.", StatusReportCard.FeeLine(new Texts(Language.English), StatusSamples.Report()));
    }
}
