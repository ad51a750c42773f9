using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// An open survey in the coordinator's week, with its answer rate: COULD work, as the role description classes user
/// surveys. Nobody else's nudge has a part of it (those asked get their invitation and reminder).
/// </summary>
public sealed class SurveyWeek(SurveyService surveys) : IWeekContributor
{
    private const decimal HoursEach = 0.5m;

    public async Task<IReadOnlyList<PlanItem>> WaitingForCoordinatorAsync(Community community, DateOnly today, CancellationToken cancellationToken)
    {
        var items = new List<PlanItem>();
        foreach (var survey in (await surveys.ListAsync(community, cancellationToken)).Where(s => s.IsOpen(today)))
        {
            var (results, _) = await surveys.ResultsAsync(community.Id, survey, cancellationToken);
            items.Add(new PlanItem($"survey|{survey.Number}", $"#{survey.Number} {survey.Title}", MoscowClass.Could, HoursEach, survey.Closes,
                PlanSource.Survey, false, null, $"{results.Answers}/{results.Asked} ({results.RatePercent} %)"));
        }

        return items;
    }

    public Task<IReadOnlyList<NudgeSection>> NudgeSectionsAsync(Community community, Member person, Texts texts, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<NudgeSection>>([]);
}
