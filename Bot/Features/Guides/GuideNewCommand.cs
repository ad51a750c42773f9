using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>"guide ny": the form for a short guide, for anyone holding a role; words after it become its title.</summary>
[HelpOrder(1)]
public sealed class GuideNewCommand(GuideReplies replies) : CommunityCommand(CommandIds.GuideNew)
{
    public override bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && GuideAuthority.MayPropose(audience.Actor) == GuidePermission.Allowed;

    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        GuideAuthority.MayPropose(turn.Actor) is var permission and not GuidePermission.Allowed
            ? Task.FromResult(Reply.WithText(turn.Texts.GuideRefusal(permission)))
            : replies.FormAsync(turn, GuideKind.Guide, null, id => id == GuideForm.TitleInput && !string.IsNullOrWhiteSpace(arguments) ? arguments.Trim() : null);
}
