namespace CoordinatorBot.Domain.Surveys;

/// <summary>A survey's answers counted per question: <see cref="Answers"/> people answered of <see cref="Asked"/>.</summary>
public sealed record SurveyResults(Survey Survey, int Answers, IReadOnlyList<QuestionResult> Questions)
{
    public int Asked => Survey.Recipients.Count;

    /// <summary>The answer rate in whole percent; 0 when nobody was asked.</summary>
    public int RatePercent => Asked == 0 ? 0 : (int)Math.Round(100m * Answers / Asked, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Counts the answers: a question asked per municipality from the municipalities' answers (one each), every other
    /// from the people's answers.
    /// </summary>
    public static SurveyResults Count(Survey survey, IReadOnlyList<SurveyAnswer> answers, IReadOnlyList<MunicipalityAnswer> municipalities)
    {
        var results = survey.Questions.Select((question, index) =>
        {
            var given = question.PerMunicipality
                ? municipalities.Where(m => m.Question == index).OrderBy(m => m.Municipality, StringComparer.Ordinal).Select(m => m.Values).ToList()
                : answers.Where(a => a.Values.ContainsKey(index)).Select(a => a.Values[index]).ToList();
            return Result(index, question, given);
        }).ToList();
        return new SurveyResults(survey, answers.Count, results);
    }

    private static QuestionResult Result(int index, SurveyQuestion question, List<IReadOnlyList<string>> given)
    {
        switch (question.Kind)
        {
            case QuestionKind.Scale:
                var numbers = given.SelectMany(v => v).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
                var steps = Enumerable.Range(SurveyQuestion.ScaleMin, SurveyQuestion.ScaleMax).Select(s => numbers.Count(n => n == s)).ToList();
                decimal? average = numbers.Count == 0 ? null : Math.Round((decimal)numbers.Sum() / numbers.Count, 1, MidpointRounding.AwayFromZero);
                return new QuestionResult(index, question, numbers.Count, steps, average, []);
            case QuestionKind.OneChoice or QuestionKind.SeveralChoices:
                var chosen = given.SelectMany(v => v).Select(v => int.Parse(v, CultureInfo.InvariantCulture)).ToList();
                return new QuestionResult(index, question, given.Count,
                    [.. Enumerable.Range(0, question.Options.Count).Select(o => chosen.Count(c => c == o))], null, []);
            default:
                // Free texts in a fixed order that says nothing of who answered when.
                var texts = given.SelectMany(v => v).Order(StringComparer.Ordinal).ToList();
                return new QuestionResult(index, question, texts.Count, [], null, texts);
        }
    }
}
