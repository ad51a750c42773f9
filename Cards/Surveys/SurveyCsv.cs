using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>
/// A survey's results as CSV, written as the other exports are (UTF-8 with BOM, semicolons, formulas neutralised): a
/// line per question and answer with its count, a line per free text; a named survey adds each person's answers.
/// </summary>
public static class SurveyCsv
{
    public static byte[] Results(Texts texts, SurveyResults results, IReadOnlyList<SurveyAnswer> answers)
    {
        var csv = new StringBuilder();
        CsvText.Line(csv, texts.SurveyCsvQuestion, texts.SurveyCsvText, texts.SurveyCsvKind, texts.SurveyCsvAnswer, texts.SurveyCsvCount);
        foreach (var r in results.Questions)
        {
            var number = (r.Index + 1).ToString(CultureInfo.InvariantCulture);
            if (r.Question.Kind == QuestionKind.FreeText)
            {
                foreach (var text in r.Texts)
                {
                    CsvText.Line(csv, number, r.Question.Text, texts.QuestionKindName(r.Question.Kind), text, "1");
                }

                continue;
            }

            foreach (var (label, count) in SurveyCharts.Bars(r))
            {
                CsvText.Line(csv, number, r.Question.Text, texts.QuestionKindName(r.Question.Kind), label, count.ToString(CultureInfo.InvariantCulture));
            }
        }

        if (!results.Survey.Anonymous)
        {
            csv.Append("\r\n");
            CsvText.Line(csv, texts.SurveyCsvRespondent, texts.SurveyCsvQuestion, texts.SurveyCsvAnswer);
            foreach (var answer in answers.OrderBy(a => a.RespondentName, StringComparer.CurrentCulture))
            {
                foreach (var (index, values) in answer.Values.OrderBy(v => v.Key))
                {
                    CsvText.Line(csv, answer.RespondentName ?? string.Empty, (index + 1).ToString(CultureInfo.InvariantCulture),
                        string.Join(", ", values.Select(v => Value(results.Survey.Questions[index], v))));
                }
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    private static string Value(SurveyQuestion question, string value) =>
        question.HasChoices && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < question.Options.Count
            ? question.Options[i] : value;
}
