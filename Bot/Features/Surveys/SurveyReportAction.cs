using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>*Tag med i næste statusrapport*: the coordinator puts a closed survey's results into the next status report.</summary>
public sealed class SurveyReportAction(SurveyService surveys, SurveyReplies replies) : CommunityFormAction(CardVerbs.SurveyReport)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (SurveyAuthority.MayCompose(turn.Actor) is var permission and not SurveyPermission.Allowed)
        {
            return Reply.WithText(texts.SurveyRefusal(permission));
        }

        if (await replies.NamedAsync(turn, input.Text(CardVerbs.SurveyKey)) is not { } survey)
        {
            return Reply.WithText(texts.SurveyNotFound);
        }

        if (survey.IsOpen(surveys.Today(turn.Community)))
        {
            return Reply.WithText(texts.SurveyReportNotClosed);
        }

        var offered = await surveys.OfferToReportAsync(turn.Community, survey.Number, turn.CancellationToken) ?? survey;
        return Reply.WithCard(await surveys.ResultsCardAsync(turn.Community, offered, texts, true,
            new Notice(texts.SurveyOffered(offered.Title), false), turn.CancellationToken));
    }
}
