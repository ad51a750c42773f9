using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>*Vis*: one guide or case; an approved one for everyone, a proposal for its proposer and the coordinator.</summary>
public sealed class GuideShowAction(GuideReplies replies) : CommunityFormAction(CardVerbs.GuideShow)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input) =>
        await replies.NamedAsync(turn, input) is { } guide && GuideAuthority.MaySee(turn.Actor, guide)
            ? await replies.CardAsync(turn, guide)
            : Reply.WithText(turn.Texts.GuideNotFound);
}
