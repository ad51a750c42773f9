using CoordinatorBot.Cards.Surveys;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// *Besvar*: the questions, for the presser alone (an invoke's card goes only to the client that pressed). A named
/// survey answered before comes back with the answer to change; an anonymous one cannot, as nothing links the person
/// to their answer: they change it from the card they got when they answered.
/// </summary>
public sealed class SurveyOpenAction(SurveyService surveys, SurveyReplies replies) : CommunityFormAction(CardVerbs.SurveyOpen)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        var (survey, refusal) = await replies.AnswerableAsync(turn, input);
        if (survey is null)
        {
            return refusal!;
        }

        var person = turn.Actor!;
        var municipality = SurveyAuthority.AnswersFor(person);
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
