namespace CoordinatorBot.Domain.Surveys;

/// <summary>
/// Reads what a card sent into answers, question by question: a scale's number 1–5, a choice's option index, several
/// options' indexes (comma separated, as Input.ChoiceSet sends them), a free text within its limit. A question left
/// empty is no answer; a value the question does not offer is refused, never stored.
/// </summary>
public static class SurveyAnswers
{
    public static (IReadOnlyDictionary<int, IReadOnlyList<string>> Values, AnswerProblem? Problem) Read(Survey survey, Func<int, string?> sent)
    {
        var values = new Dictionary<int, IReadOnlyList<string>>();
        for (var i = 0; i < survey.Questions.Count; i++)
        {
            if (sent(i) is not { Length: > 0 } text)
            {
                continue;
            }

            var question = survey.Questions[i];
            IReadOnlyList<string>? read = question.Kind switch
            {
                QuestionKind.Scale => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) &&
                                      n is >= SurveyQuestion.ScaleMin and <= SurveyQuestion.ScaleMax ? [text] : null,
                QuestionKind.OneChoice => IsOption(text, question) ? [text] : null,
                QuestionKind.SeveralChoices => text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    is { Length: > 0 } parts && parts.All(p => IsOption(p, question)) ? [.. parts.Distinct().Order(StringComparer.Ordinal)] : null,
                _ => [text],
            };
            if (read is null)
            {
                return (values, new AnswerProblem(i, AnswerProblemKind.NotOffered));
            }

            if (question.Kind == QuestionKind.FreeText && TextLimits.Exceeds(text, TextLimits.SurveyAnswer))
            {
                return (values, new AnswerProblem(i, AnswerProblemKind.TooLong));
            }

            values[i] = read;
        }

        return values.Count == 0 ? (values, new AnswerProblem(0, AnswerProblemKind.Empty)) : (values, null);
    }

    private static bool IsOption(string text, SurveyQuestion question) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < question.Options.Count &&
        index.ToString(CultureInfo.InvariantCulture) == text;
}
