using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>
/// The questions, for the person who pressed *Besvar* (only their client shows it): each question is its input's label;
/// a scale's ends carry their labels; a question asked per municipality says which municipality the answer is for. With
/// an answer given, the inputs hold it and the button changes it.
/// </summary>
public static class SurveyAnswerCard
{
    public static string AnswerInput(int i) => $"answer.{i}";

    public static AdaptiveCard Compose(Texts texts, SurveyAnswerView view)
    {
        var survey = view.Survey;
        var body = BodyWith(view.Notice);

        body.Add(Title(survey.Title));
        if (survey.Intro is { } intro)
        {
            body.Add(Paragraph(intro));
        }

        body.Add(new TextBlock(survey.Anonymous ? texts.SurveyAnonymousExplained : texts.SurveyNamedExplained) { IsSubtle = true });
        for (var i = 0; i < survey.Questions.Count; i++)
        {
            var question = survey.Questions[i];
            var label = $"{i + 1}. {question.Text}";
            if (question.PerMunicipality && view.Municipality is null)
            {
                body.Add(new TextBlock(label) { Weight = TextWeight.Bolder, Separator = true });
                body.Add(new TextBlock(texts.SurveyPerMunicipalityNotYours) { IsSubtle = true, Spacing = Spacing.None });
                continue;
            }

            var given = view.Given?.GetValueOrDefault(i);
            body.Add(Input(texts, question, i, label, given) with { Separator = true });
            if (question.PerMunicipality)
            {
                body.Add(new TextBlock(texts.SurveyPerMunicipalityFor(Municipalities.OfficialName(view.Municipality!))) { IsSubtle = true, Spacing = Spacing.None });
            }
        }

        var data = new List<(string, string)> { (CardVerbs.SurveyKey, survey.Number.ToString(CultureInfo.InvariantCulture)) };
        if (view.AnswerId is { } id)
        {
            data.Add((CardVerbs.SurveyAnswerKey, id));
        }

        return Card(texts, survey.Title, body,
            [Execute(texts, view.Given is null ? texts.SurveySendAnswer : texts.SurveyChangeAnswer, CardVerbs.SurveyAnswer, [.. data])]);
    }

    private static Input Input(Texts texts, SurveyQuestion question, int i, string label, IReadOnlyList<string>? given) => question.Kind switch
    {
        QuestionKind.Scale => new ChoiceSetInput(label,
        [
            .. Enumerable.Range(SurveyQuestion.ScaleMin, SurveyQuestion.ScaleMax).Select(n => new Choice(n switch
            {
                SurveyQuestion.ScaleMin when question.LowLabel is { } low => $"{n} – {low}",
                SurveyQuestion.ScaleMax when question.HighLabel is { } high => $"{n} – {high}",
                _ => n.ToString(CultureInfo.InvariantCulture),
            }, n.ToString(CultureInfo.InvariantCulture))),
        ])
        { Id = AnswerInput(i), Style = ChoiceSetStyle.Expanded, Value = given?.FirstOrDefault() },
        QuestionKind.OneChoice or QuestionKind.SeveralChoices => new ChoiceSetInput(label,
            [.. question.Options.Select((o, n) => new Choice(o, n.ToString(CultureInfo.InvariantCulture)))])
        {
            Id = AnswerInput(i), Style = ChoiceSetStyle.Expanded, IsMultiSelect = question.Kind == QuestionKind.SeveralChoices ? true : null,
            Value = given is null ? null : string.Join(',', given),
        },
        _ => new TextInput(label) { Id = AnswerInput(i), IsMultiline = true, MaxLength = TextLimits.SurveyAnswer, Value = given?.FirstOrDefault() },
    };
}
