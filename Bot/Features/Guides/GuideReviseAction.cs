using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>*Ret forslaget*: the form filled with the proposal, for its proposer while it waits or was sent back.</summary>
public sealed class GuideReviseAction(GuideReplies replies) : CommunityFormAction(CardVerbs.GuideRevise)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        if (await replies.NamedAsync(turn, input) is not { } guide || !GuideAuthority.MaySee(turn.Actor, guide))
        {
            return Reply.WithText(turn.Texts.GuideNotFound);
        }

        return GuideAuthority.MayRevise(turn.Actor, guide) is var permission and not GuidePermission.Allowed
            ? Reply.WithText(turn.Texts.GuideRefusal(permission))
            : await replies.FormAsync(turn, guide.Kind, guide.Number, GuideForm.Values(guide));
    }
}
