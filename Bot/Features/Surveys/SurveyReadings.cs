using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>The surveys' part of the status report: closed surveys the coordinator offered, counted.</summary>
public sealed class SurveyReadings(SurveyService surveys, Storage.Communities.CommunityStore communities) : ISurveyReadings
{
    public async Task<IReadOnlyList<SurveyResults>> ForStatusReportAsync(string communityId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (await communities.GetAsync(communityId, cancellationToken) is not { } community)
        {
            return [];
        }

        var list = new List<SurveyResults>();
        foreach (var survey in await surveys.ListAsync(community, cancellationToken))
        {
            // Offered and closed by the period's end; in the period's report when it closed or was offered within it.
            if (survey.OfferedForReport is { } offered && survey.Closes < to && (survey.Closes >= from || offered >= from))
            {
                list.Add((await surveys.ResultsAsync(communityId, survey, cancellationToken)).Results);
            }
        }

        return [.. list.OrderBy(r => r.Survey.Number)];
    }
}
