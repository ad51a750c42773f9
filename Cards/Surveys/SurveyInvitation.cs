using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>
/// The message a person asked gets (in their chat, or in the channel when the bot cannot write to them there): what the
/// survey is, when it closes, whether it is anonymous, and *Besvar*, which opens the questions for the presser alone.
/// </summary>
public static class SurveyInvitation
{
    public static AdaptiveCard Compose(Texts texts, Survey survey, bool reminder)
    {
        var body = new List<CardElement>();
        if (reminder)
        {
            body.Add(Notice(texts.SurveyReminder(texts.Day(survey.Closes)), isProblem: false));
        }

        body.Add(Title(survey.Title));
        if (survey.Intro is { } intro)
        {
            body.Add(Paragraph(intro));
        }

        body.Add(new FactSet(
        [
            new Fact(texts.SurveyFactQuestions, survey.Questions.Count.ToString(CultureInfo.InvariantCulture)),
            new Fact(texts.SurveyFactCloses, texts.Day(survey.Closes)),
            new Fact(texts.SurveyFactAnonymity, survey.Anonymous ? texts.SurveyAnonymousYes : texts.SurveyAnonymousNo),
        ]));
        return Card(texts, survey.Title, body,
            [Execute(texts, texts.SurveyAnswerButton, CardVerbs.SurveyOpen, (CardVerbs.SurveyKey, survey.Number.ToString(CultureInfo.InvariantCulture)))]);
    }
}
