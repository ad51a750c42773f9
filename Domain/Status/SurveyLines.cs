using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Domain.Status;

/// <summary>A survey's counted results as the report keeps them: unchanged once published, whatever the survey's rows do later.</summary>
public static class SurveyLines
{
    public static SurveyLine Of(SurveyResults results) => new(results.Survey.Number, results.Survey.Title, results.Answers, results.Asked,
        results.RatePercent,
        [
            .. results.Questions.Where(q => q.Answered > 0 && q.Question.Kind != QuestionKind.FreeText).Select(q => q.Average is { } average
                ? new SurveyHighlight(q.Question.Text, average, null, 0)
                : q.Counts.Select((count, i) => (count, i)).MaxBy(c => c.count) is var top
                    ? new SurveyHighlight(q.Question.Text, null, q.Question.Options[top.i], top.count)
                    : null).OfType<SurveyHighlight>(),
        ]);
}
