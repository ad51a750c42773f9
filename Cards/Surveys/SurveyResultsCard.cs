using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>
/// A survey's results: how many answered of how many asked, and per question the counts, a scale's average, a chart
/// (its alt text holds the same numbers) and the free texts — as many as fit the card, the rest counted and in the CSV.
/// </summary>
public static class SurveyResultsCard
{
    /// <summary>The free texts' share of a card, so that a survey with many long answers stays under Teams' limit.</summary>
    public const int FreeTextBudget = 9000;

    public static AdaptiveCard Compose(Texts texts, SurveyResults results, DateOnly today, IReadOnlyDictionary<int, Uri> charts, Uri? csv,
        bool canOffer, Notice? notice)
    {
        var survey = results.Survey;
        var body = BodyWith(notice);

        body.Add(Title(texts.SurveyResultsTitle(survey.Number, survey.Title)));
        body.Add(new FactSet(
        [
            new Fact(texts.SurveyFactAnswers, texts.SurveyAnswered(results.Answers, results.Asked, results.RatePercent)),
            new Fact(texts.SurveyFactCloses, survey.IsOpen(today) ? texts.SurveyOpenUntil(texts.Day(survey.Closes)) : texts.SurveyClosedOn(texts.Day(survey.Closes))),
            new Fact(texts.SurveyFactAnonymity, survey.Anonymous ? texts.SurveyAnonymousYes : texts.SurveyAnonymousNo),
            new Fact(texts.SurveyFactAudience, texts.SurveyAudienceName(survey.Audience)),
        ]));
        var budget = FreeTextBudget;
        foreach (var result in results.Questions)
        {
            body.Add(new TextBlock($"{result.Index + 1}. {result.Question.Text}") { Weight = TextWeight.Bolder, Separator = true });
            var counted = result.Question.PerMunicipality ? texts.SurveyMunicipalitiesAnswered(result.Answered) : texts.SurveyPeopleAnswered(result.Answered);
            body.Add(new TextBlock(result.Average is { } average ? $"{counted} · {texts.SurveyAverage(texts.Number(average))}" : counted)
                { IsSubtle = true, Spacing = Spacing.None });
            if (result.Question.Kind == QuestionKind.FreeText)
            {
                var shown = 0;
                foreach (var text in result.Texts)
                {
                    var line = TextLimits.Clip(text, TextLimits.SurveyAnswer)!;
                    if (TextLimits.CardBytes(line) > budget)
                    {
                        break;
                    }

                    budget -= TextLimits.CardBytes(line);
                    body.Add(new TextBlock($"– {line}") { Spacing = Spacing.Small });
                    shown++;
                }

                if (shown < result.Texts.Count)
                {
                    body.Add(new TextBlock(texts.SurveyMoreTexts(result.Texts.Count - shown)) { IsSubtle = true });
                }

                continue;
            }

            body.Add(new FactSet([.. SurveyCharts.Bars(result).Select(b => new Fact(b.Label, b.Count.ToString(CultureInfo.InvariantCulture)))]));
            if (charts.TryGetValue(result.Index, out var chart))
            {
                body.Add(new Image(chart) { AltText = SurveyCharts.AltText(texts, result) });
            }
        }

        var actions = new List<CardAction>();
        if (csv is not null)
        {
            actions.Add(new OpenUrlAction(texts.SurveyCsv, csv));
        }

        if (canOffer && !survey.IsOpen(today) && !survey.ForStatusReport)
        {
            actions.Add(Execute(texts, texts.SurveyOfferToReport, CardVerbs.SurveyReport,
                (CardVerbs.SurveyKey, survey.Number.ToString(CultureInfo.InvariantCulture))));
        }

        return Card(texts, survey.Title, body, actions);
    }
}
