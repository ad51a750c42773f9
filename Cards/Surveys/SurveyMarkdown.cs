using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>The closed surveys' results as just-the-docs pages: an index and a page per survey, with counts and free texts, never names.</summary>
public static class SurveyMarkdown
{
    public static string FileName(Survey survey) => $"{survey.Number:000}-{PageNames.Slug(survey.Title)}.md";

    public static string Index(Texts texts, IReadOnlyList<SurveyResults> surveys)
    {
        var md = new StringBuilder();
        md.AppendSectionFrontMatter(texts.SurveyListTitle, 6);
        md.Append(CultureInfo.InvariantCulture, $"# {texts.SurveyListTitle}\n\n");
        foreach (var r in surveys)
        {
            md.Append(CultureInfo.InvariantCulture,
                $"- [{MarkdownText.Inline(r.Survey.Title)}]({FileName(r.Survey)[..^3]}) · {texts.SurveyClosedOn(texts.Day(r.Survey.Closes))} · {texts.SurveyAnswered(r.Answers, r.Asked, r.RatePercent)}\n");
        }

        return md.ToString();
    }

    public static string Page(Texts texts, SurveyResults results)
    {
        var survey = results.Survey;
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"---\ntitle: {MarkdownText.Yaml(survey.Title)}\nparent: {MarkdownText.Yaml(texts.SurveyListTitle)}\n---\n\n");
        md.Append(CultureInfo.InvariantCulture, $"# {MarkdownText.Inline(survey.Title)}\n\n");
        if (survey.Intro is { } intro)
        {
            md.Append(MarkdownText.Block(intro)).Append("\n\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"{texts.SurveyAnswered(results.Answers, results.Asked, results.RatePercent)} · {texts.SurveyClosedOn(texts.Day(survey.Closes))}\n\n");
        foreach (var r in results.Questions)
        {
            md.Append(CultureInfo.InvariantCulture, $"## {r.Index + 1}. {MarkdownText.Inline(r.Question.Text)}\n\n");
            if (r.Question.Kind == QuestionKind.FreeText)
            {
                foreach (var text in r.Texts)
                {
                    md.Append("- ").Append(MarkdownText.Inline(text)).Append('\n');
                }
            }
            else
            {
                md.AppendTableHead(texts.SurveyCsvAnswer, texts.SurveyCsvCount);
                foreach (var (label, count) in SurveyCharts.Bars(r))
                {
                    md.Append(CultureInfo.InvariantCulture, $"| {MarkdownText.Inline(label)} | {count} |\n");
                }

                if (r.Average is { } average)
                {
                    md.Append(CultureInfo.InvariantCulture, $"\n{texts.SurveyAverage(texts.Number(average))}\n");
                }
            }

            md.Append('\n');
        }

        return md.ToString();
    }
}
