using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Status;

/// <summary>
/// A status report's figures in words, the same on the card and in the export: every number says what it counts
/// ("3 nye ønsker i perioden", "2 punkter med status Prioriteret"), a part with nothing says so in words ("Ingen
/// beslutninger taget i perioden"), and what has no value is left out rather than shown as "–".
/// </summary>
internal static class StatusWords
{
    public static string DecisionsTaken(Texts texts, int count) =>
        count == 0 ? texts.StatusNoDecisionsTaken : texts.StatusDecisionsTaken(texts.Count(count, Unit.Decision));

    public static string DecisionsOpen(Texts texts, int count) =>
        count == 0 ? texts.StatusNoDecisionsOpen : texts.StatusDecisionsOpen(texts.Count(count, Unit.Decision));

    /// <summary>"3 punkter · estimeret 40 timer · heraf prioriteret 16 timer", or "1 punkt · ikke estimeret".</summary>
    public static string Class(Texts texts, ClassLine line) => string.Join(" · ", new[]
    {
        texts.Count(line.Count, Unit.Item),
        line.Total.IsEmpty ? texts.StatusClassNotEstimated : texts.StatusClassEstimated(BudgetWords.EstimateText(texts, line.Total)),
        line.Committed.IsEmpty ? null : texts.StatusClassCommitted(BudgetWords.EstimateText(texts, line.Committed)),
    }.OfType<string>());

    /// <summary>The committed estimates against the budget, or that nothing is prioritised yet.</summary>
    public static string Budget(Texts texts, StatusReport report) => report.Committed.IsEmpty
        ? texts.StatusNothingCommitted(BudgetWords.BudgetText(texts, report.Budget))
        : texts.StatusBudgetLine(BudgetWords.EstimateText(texts, report.Committed), BudgetWords.BudgetText(texts, report.Budget));

    /// <summary>"2 punkter med status Prioriteret · 1 punkt med status Ny".</summary>
    public static string Statuses(Texts texts, StatusReport report) =>
        string.Join(" · ", report.Statuses.Select(s => texts.StatusItemsWithStatus(texts.Count(s.Count, Unit.Item), texts.ItemStatusName(s.Status))));

    public static string WishesReceived(Texts texts, int count) =>
        count == 0 ? texts.StatusNoWishesReceived : texts.StatusWishesReceived(texts.Count(count, Unit.NewWish));

    /// <summary>The municipality once, by its official name: the line beside it says how far it is.</summary>
    public static string Municipality(OnboardingLine line) => Municipalities.OfficialName(line.Municipality);

    /// <summary>"3 af 7 trin udført · 1 trin over fristen · go-live 1. marts 2027"; no overdue or go-live: left out.</summary>
    public static string Onboarding(Texts texts, OnboardingLine line) => string.Join(" · ", new[]
    {
        texts.StatusOnboardingSteps(line.Done, line.Total),
        line.Overdue > 0 ? texts.StatusOnboardingOverdue(texts.Count(line.Overdue, Unit.Step)) : null,
        line.GoLive is { } live ? texts.StatusOnboardingGoLive(texts.Day(live)) : null,
    }.OfType<string>());

    public static string MeetingsHeld(Texts texts, int count) =>
        count == 0 ? texts.StatusNoMeetingsHeld : texts.StatusMeetingsHeld(texts.Count(count, Unit.Meeting));

    public static string MeetingsComing(Texts texts, int count) =>
        count == 0 ? texts.StatusNoMeetingsComing : texts.StatusMeetingsComing(texts.Count(count, Unit.Meeting));

    /// <summary>Whether the coordinator's MUST work has any hours yet (a community started this week may have none).</summary>
    public static bool HasWork(StatusReport report) => report.MustWeeks.Sum(w => w.Hours) > 0;

    public static string Work(Texts texts, StatusReport report)
    {
        var over = report.MustWeeks.Count(w => w.Hours > report.WeeklyHourBudget);
        return texts.StatusWorkLine(texts.Count(report.MustWeeks.Sum(w => w.Hours), Unit.Hour), texts.Count(report.MustWeeks.Count, Unit.Week),
            texts.Count(report.WeeklyHourBudget, Unit.Hour), over == 0 ? texts.StatusNoWeekOverBudget : texts.StatusWeeksOverBudget(texts.Count(over, Unit.Week)));
    }

    /// <summary>Per survey a line with its answer rate, then a line per question's highlight.</summary>
    public static IReadOnlyList<string> Surveys(Texts texts, StatusReport report) =>
    [
        .. report.Surveys.SelectMany(s => new[] { texts.StatusSurveyLine(s.Title, s.Answers, s.Asked, s.RatePercent) }.Concat(s.Highlights.Select(h =>
            h.Average is { } average ? texts.StatusSurveyAverage(h.Question, texts.Number(average))
            : texts.StatusSurveyTop(h.Question, h.TopOption ?? string.Empty, h.TopCount)))),
    ];

    /// <summary>"3.2.0 (1. december 2026): Login med MitID · 2 punkter", one line per release in the period.</summary>
    public static IReadOnlyList<string> Releases(Texts texts, StatusReport report) =>
        [.. report.Releases.Select(r => texts.StatusReleaseLine(r.Version, texts.Date(r.Date), r.Summary, texts.Count(r.Items, Unit.Item)))];
}
