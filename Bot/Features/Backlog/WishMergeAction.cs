using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>The coordinator merges a wish into another: its supports move to the one kept, a municipality counted once.</summary>
public sealed class WishMergeAction(BacklogService backlog, BacklogReplies replies) : CommunityFormAction(CardVerbs.WishMerge)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (BacklogAuthority.MayMerge(turn.Actor) is var permission and not BacklogPermission.Allowed)
        {
            return Reply.WithText(BacklogReplies.Refusal(texts, permission));
        }

        if (BacklogReplies.Number(input.Text(CardVerbs.WishKey)) is not { } from ||
            BacklogReplies.Number(input.Text($"{WishCard.MergeInput}.{from}")) is not { } into)
        {
            return Reply.WithText(texts.ErrorCardOutdated);
        }

        var merged = await backlog.MergeAsync(turn.Community, turn.Actor!, from, into, turn.CancellationToken);
        return await replies.WishesAsync(turn, 0, null,
            merged ? new Notice(texts.WishMerged(from, into), false) : new Notice(texts.WishNotOpen(from), true));
    }
}
