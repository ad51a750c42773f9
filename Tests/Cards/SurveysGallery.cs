namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// The surveys' cards for <see cref="CardGallery"/>, each at its largest: ten questions with every text at its limit,
/// every option filled, every free text answered at length, 98 asked.
/// </summary>
public static class SurveysGallery
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        var options = Enumerable.Range(0, SurveyLimits.MaxOptions).Select(i => $"{i}{AtLimit.Text(TextLimits.SurveyLabel - 1)}").ToList();
        var kinds = Enum.GetValues<QuestionKind>();
        var questions = Enumerable.Range(0, SurveyLimits.MaxQuestions).Select(i => new SurveyQuestion(AtLimit.Text(TextLimits.SurveyQuestion),
            kinds[i % kinds.Length], kinds[i % kinds.Length] is QuestionKind.OneChoice or QuestionKind.SeveralChoices ? options : [],
            AtLimit.Text(TextLimits.SurveyLabel), AtLimit.Text(TextLimits.SurveyLabel), i % 3 == 0)).ToList();
        var survey = new Survey
        {
            Number = 7, Title = AtLimit.Text(TextLimits.SurveyTitle), Intro = AtLimit.Text(TextLimits.SurveyIntro), Questions = questions,
            Anonymous = true, Audience = SurveyAudience.Municipalities, Recipients = [.. Enumerable.Range(0, 98).Select(i => $"aad-{i}")],
            Closes = Today.AddDays(14), CreatedById = "aad-1", CreatedByName = "Karen", SentAt = DateTimeOffset.UnixEpoch,
        };
        var given = Enumerable.Range(0, questions.Count).ToDictionary(i => i, i => (IReadOnlyList<string>)(questions[i].Kind switch
        {
            QuestionKind.Scale => ["3"],
            QuestionKind.OneChoice => ["1"],
            QuestionKind.SeveralChoices => [.. Enumerable.Range(0, SurveyLimits.MaxOptions).Select(o => o.ToString(System.Globalization.CultureInfo.InvariantCulture))],
            _ => [AtLimit.Text(TextLimits.SurveyAnswer)],
        }));
        var answers = Enumerable.Range(0, 98).Select(i => new SurveyAnswer { Id = $"id{i}", Survey = 7, Values = given }).ToList();
        var results = SurveyResults.Count(survey, answers, []);
        var charts = results.Questions.Where(SurveyCharts.HasChart).ToDictionary(q => q.Index,
            q => new Uri($"https://bot.example/surveys/chart?community=team&survey=7&question={q.Index}&lang=da&expires=1&signature={new string('s', 43)}"));
        var csv = new Uri($"https://bot.example/surveys/csv?community=team&survey=7&lang=da&expires=1&signature={new string('s', 43)}");
        var meetings = Enumerable.Range(0, 20).Select(i => ($"meeting-{i}", $"{AtLimit.Text(TextLimits.SurveyTitle)} ({i})")).ToList();
        Func<string, string?> full = id => id.StartsWith("o.", StringComparison.Ordinal) ? string.Join('\n', options)
            : id.StartsWith("q.", StringComparison.Ordinal) ? AtLimit.Text(TextLimits.SurveyQuestion)
            : id == SurveyForm.IntroInput ? AtLimit.Text(TextLimits.SurveyIntro) : id == SurveyForm.TitleInput ? AtLimit.Text(TextLimits.SurveyTitle) : null;

        yield return ("survey-form", SurveyForm.Compose(t, Today.AddDays(14), []));
        yield return ("survey-form-full", SurveyForm.Compose(t, Today.AddDays(14), meetings, full, t.SurveyProblemTooFewOptions(3)));
        yield return ("survey-invitation", SurveyInvitation.Compose(t, survey, reminder: false));
        yield return ("survey-reminder", SurveyInvitation.Compose(t, survey, reminder: true));
        yield return ("survey-answer-empty", SurveyAnswerCard.Compose(t, new SurveyAnswerView(survey, null, null, null, null)));
        yield return ("survey-answer-full", SurveyAnswerCard.Compose(t, new SurveyAnswerView(survey, given, "Aarhus", Guid.NewGuid().ToString("N"),
            new Notice(t.SurveyAnswerSaved, false))));
        yield return ("survey-results", SurveyResultsCard.Compose(t, results, Today.AddDays(20), charts, csv, canOffer: true, new Notice(t.SurveyOffered(survey.Title), false)));
        yield return ("survey-results-open", SurveyResultsCard.Compose(t, SurveyResults.Count(survey, [], []), Today, new Dictionary<int, Uri>(), null, false, null));
        yield return ("survey-list", SurveyList.Compose(t, [.. Enumerable.Range(1, 20).Select(i => new SurveyRow(survey with { Number = i }, i))], Today));
        yield return ("survey-list-empty", SurveyList.Compose(t, [], Today));
    }
}
