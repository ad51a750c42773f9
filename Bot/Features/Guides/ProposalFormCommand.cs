using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>"guide ny" and "case ny": the proposal form of one kind, for anyone holding a role; words after it become its title.</summary>
public abstract class ProposalFormCommand(GuideReplies replies, string id, GuideKind kind) : CommunityCommand(id)
{
    public override bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && GuideAuthority.MayPropose(audience.Actor) == GuidePermission.Allowed;

    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        GuideAuthority.MayPropose(turn.Actor) is var permission and not GuidePermission.Allowed
            ? Task.FromResult(Reply.WithText(turn.Texts.GuideRefusal(permission)))
            : replies.FormAsync(turn, kind, null, input => input == GuideForm.TitleInput && !string.IsNullOrWhiteSpace(arguments) ? arguments.Trim() : null);
}
