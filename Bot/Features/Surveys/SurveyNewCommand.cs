using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>"undersøgelse ny": the composing card, for the coordinator.</summary>
[HelpOrder(1)]
public sealed class SurveyNewCommand(SurveyReplies replies) : CommunityCommand(CommandIds.SurveyNew)
{
    public override bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && SurveyAuthority.MayCompose(audience.Actor) == SurveyPermission.Allowed;

    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        SurveyAuthority.MayCompose(turn.Actor) is var permission and not SurveyPermission.Allowed
            ? Task.FromResult(Reply.WithText(turn.Texts.SurveyRefusal(permission)))
            : replies.FormAsync(turn, id => id == Cards.Surveys.SurveyForm.TitleInput && !string.IsNullOrWhiteSpace(arguments) ? arguments.Trim() : null);
}
