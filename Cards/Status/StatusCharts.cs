using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Status;

/// <summary>
/// What each of a report's pictures shows, in words: the alt text on the card states the same numbers the chart draws,
/// so that a reader who cannot see it misses nothing.
/// </summary>
public static class StatusCharts
{
    /// <summary>The charts a report has data for; a part without data has no picture, and its text says so.</summary>
    public static IReadOnlyList<StatusChart> Available(StatusReport report) =>
    [
        .. report.HasBacklog ? [StatusChart.Backlog] : Array.Empty<StatusChart>(),
        .. report.Onboardings.Count > 0 ? [StatusChart.Onboarding] : Array.Empty<StatusChart>(),
        .. StatusWords.HasWork(report) ? [StatusChart.MustHours] : Array.Empty<StatusChart>(),
    ];

    public static string AltText(Texts texts, StatusReport report, StatusChart chart) => chart switch
    {
        StatusChart.Backlog => texts.StatusChartBacklogAlt(
            string.Join("; ", report.Classes.Select(c => $"{texts.ClassName(c.Class)} {BudgetWords.EstimateText(texts, c.Total)}")),
            BudgetWords.EstimateText(texts, report.Committed), BudgetWords.BudgetText(texts, report.Budget)),
        StatusChart.Onboarding => texts.StatusChartOnboardingAlt(
            string.Join("; ", report.Onboardings.Select(o => texts.StatusOnboardingProgress(StatusWords.Municipality(o), o.Done, o.Total)))),
        _ => texts.StatusChartMustAlt(
            string.Join("; ", report.MustWeeks.Select(w => $"{texts.StatusWeek(w.Week)} {texts.Count(w.Hours, Unit.Hour)}")),
            texts.Count(report.WeeklyHourBudget, Unit.Hour)),
    };

    public static string Title(Texts texts, StatusChart chart) => chart switch
    {
        StatusChart.Backlog => texts.StatusChartBacklogTitle,
        StatusChart.Onboarding => texts.StatusChartOnboardingTitle,
        _ => texts.StatusChartMustTitle,
    };
}
