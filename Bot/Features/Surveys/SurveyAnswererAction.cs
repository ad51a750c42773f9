using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// A button of the person asked (*Besvar*, *Send svar*): the survey the card names is checked here, once, against
/// whether the presser may answer it now, so that each action holds only what it does with the answer.
/// </summary>
public abstract class SurveyAnswererAction(string verb, SurveyReplies replies) : CommunityFormAction(verb)
{
    protected sealed override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var (survey, refusal) = await replies.AnswerableAsync(turn, input);
        if (survey is null)
        {
            return refusal!;
        }

        // MayAnswer has refused a presser who is not a member, so the actor is known here.
        var person = turn.Actor!;
        return await HandleAsync(turn, input, new SurveyAnswerer(survey, person, SurveyAuthority.AnswersFor(person)));
    }

    protected abstract Task<Reply> HandleAsync(CommunityTurn turn, CardInput input, SurveyAnswerer answerer);
}
