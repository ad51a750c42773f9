using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>*Resultater*: the coordinator any time, every member once the survey has closed.</summary>
public sealed class SurveyResultsAction(SurveyService surveys, SurveyReplies replies) : CommunityFormAction(CardVerbs.SurveyResults)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        if (await replies.NamedAsync(turn, input.Text(CardVerbs.SurveyKey)) is not { } survey)
        {
            return Reply.WithText(turn.Texts.SurveyNotFound);
        }

        if (SurveyAuthority.MaySeeResults(turn.Actor, survey, surveys.Today(turn.Community)) is var permission and not SurveyPermission.Allowed)
        {
            return Reply.WithText(turn.Texts.SurveyRefusal(permission));
        }

        return Reply.WithCard(await surveys.ResultsCardAsync(turn.Community, survey, turn.Texts,
            SurveyAuthority.MayCompose(turn.Actor) == SurveyPermission.Allowed, null, turn.CancellationToken));
    }
}
