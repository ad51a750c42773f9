using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>"case ny": the form for a user case, for anyone holding a role; words after it become its title.</summary>
[HelpOrder(2)]
public sealed class CaseNewCommand(GuideReplies replies) : CommunityCommand(CommandIds.CaseNew)
{
    public override bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && GuideAuthority.MayPropose(audience.Actor) == GuidePermission.Allowed;

    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        GuideAuthority.MayPropose(turn.Actor) is var permission and not GuidePermission.Allowed
            ? Task.FromResult(Reply.WithText(turn.Texts.GuideRefusal(permission)))
            : replies.FormAsync(turn, GuideKind.Case, null, id => id == GuideForm.TitleInput && !string.IsNullOrWhiteSpace(arguments) ? arguments.Trim() : null);
}
