namespace CoordinatorBot.Domain.Surveys;

/// <summary>
/// Turns the composing card's fields into questions: a question without text is left out; a choice question needs two
/// to <see cref="SurveyLimits.MaxOptions"/> options, one a line; a scale takes its two end labels from the same field
/// (the first line for 1, the second for 5) or none.
/// </summary>
public static class SurveyComposition
{
    public static (SurveyQuestion? Question, ComposeProblem? Problem) Question(int index, string? text, QuestionKind kind, string? options,
        bool perMunicipality)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        if (TextLimits.Exceeds(text, TextLimits.SurveyQuestion) || TextLimits.Exceeds(options, TextLimits.SurveyOptions))
        {
            return (null, new ComposeProblem(ComposeProblemKind.TooLong, index));
        }

        var lines = (options ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (lines.Any(l => TextLimits.Exceeds(l, TextLimits.SurveyLabel)))
        {
            return (null, new ComposeProblem(ComposeProblemKind.TooLong, index));
        }

        switch (kind)
        {
            case QuestionKind.OneChoice or QuestionKind.SeveralChoices:
                var distinct = lines.Distinct(StringComparer.CurrentCultureIgnoreCase).ToList();
                return distinct.Count switch
                {
                    < 2 => (null, new ComposeProblem(ComposeProblemKind.TooFewOptions, index)),
                    > SurveyLimits.MaxOptions => (null, new ComposeProblem(ComposeProblemKind.TooManyOptions, index)),
                    _ => (new SurveyQuestion(text.Trim(), kind, distinct, null, null, perMunicipality), null),
                };
            case QuestionKind.Scale:
                return lines.Length is 0 or 2
                    ? (new SurveyQuestion(text.Trim(), kind, [], lines.ElementAtOrDefault(0), lines.ElementAtOrDefault(1), perMunicipality), null)
                    : (null, new ComposeProblem(ComposeProblemKind.ScaleLabels, index));
            default:
                return (new SurveyQuestion(text.Trim(), kind, [], null, null, perMunicipality), null);
        }
    }
}
