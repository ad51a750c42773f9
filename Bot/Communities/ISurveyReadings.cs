using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What the status report reads of the surveys, published by the surveys feature: the closed surveys whose results the
/// coordinator offered to the report of the period <paramref name="from"/>–<paramref name="to"/>, counted.
/// </summary>
public interface ISurveyReadings
{
    Task<IReadOnlyList<SurveyResults>> ForStatusReportAsync(string communityId, DateOnly from, DateOnly to, CancellationToken cancellationToken);
}
