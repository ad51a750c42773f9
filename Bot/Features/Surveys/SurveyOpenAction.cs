using CoordinatorBot.Cards.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// *Besvar*: the questions, for the presser alone (an invoke's card goes only to the client that pressed). A named
/// survey answered before comes back with the answer to change; an anonymous one cannot, as nothing links the person
/// to their answer: they change it from the card they got when they answered.
/// </summary>
public sealed class SurveyOpenAction(SurveyService surveys, SurveyReplies replies) : SurveyAnswererAction(CardVerbs.SurveyOpen, replies)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input, SurveyAnswerer answerer)
    {
        var texts = turn.Texts;
        var (survey, person, municipality) = answerer;
        if (!await surveys.HasAnsweredAsync(turn.Community, survey, person.AadObjectId, turn.CancellationToken))
        {
            return Reply.WithCard(SurveyAnswerCard.Compose(texts, new SurveyAnswerView(survey, null, municipality, null, null)));
        }

        if (survey.Anonymous)
        {
            return Reply.WithText(texts.SurveyAlreadyAnswered);
        }

        var given = await surveys.AnswerOfAsync(turn.Community, survey, person, null, turn.CancellationToken);
        return Reply.WithCard(SurveyAnswerCard.Compose(texts, new SurveyAnswerView(survey, given?.Values ?? new Dictionary<int, IReadOnlyList<string>>(),
            municipality, null, null)));
    }
}
