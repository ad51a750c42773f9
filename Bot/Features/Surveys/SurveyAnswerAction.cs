using CoordinatorBot.Cards.Surveys;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>
/// *Send svar* / *Ret mit svar*: the person asked (their identity from the activity) answers while the survey is open.
/// The card that comes back holds the answer, and for an anonymous survey the answer's random id, the one way back to it.
/// </summary>
public sealed class SurveyAnswerAction(SurveyService surveys, SurveyReplies replies) : SurveyAnswererAction(CardVerbs.SurveyAnswer, replies)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input, SurveyAnswerer answerer)
    {
        var texts = turn.Texts;
        var (survey, person, municipality) = answerer;
        var answerId = input.Text(CardVerbs.SurveyAnswerKey);
        // A per-municipality question counts only from a municipality's person: anyone else's value is not read at all.
        var (values, problem) = SurveyAnswers.Read(survey, i => survey.Questions[i].PerMunicipality && municipality is null
            ? null : input.Text(SurveyAnswerCard.AnswerInput(i)));
        if (problem is not null)
        {
            return Reply.WithCard(SurveyAnswerCard.Compose(texts, new SurveyAnswerView(survey, values, municipality, answerId,
                new Notice(texts.SurveyAnswerProblem(problem), true))));
        }

        var outcome = await surveys.AnswerAsync(turn.Community, survey, person, answerId, values, turn.CancellationToken);
        return outcome.Kind switch
        {
            AnswerOutcomeKind.AlreadyAnswered => Reply.WithText(texts.SurveyAlreadyAnswered),
            _ => Reply.WithCard(SurveyAnswerCard.Compose(texts, new SurveyAnswerView(survey, values, municipality,
                survey.Anonymous ? outcome.AnswerId : null,
                new Notice(outcome.Kind == AnswerOutcomeKind.Saved ? texts.SurveyAnswerSaved : texts.SurveyAnswerChanged, false)))),
        };
    }
}
