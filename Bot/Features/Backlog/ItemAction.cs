using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Input;
using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// An item's buttons: the named supplier moves its status (ticking the acceptance criteria at delivery) and updates
/// its estimate; the coordination group prioritises within its mandate or sends it to the steering group beyond it.
/// </summary>
[ForVerbs(CardVerbs.ItemMove, CardVerbs.ItemEstimate, CardVerbs.ItemPrioritise, CardVerbs.ItemEscalate)]
public sealed class ItemAction(BacklogStore store, BacklogService backlog, BacklogReplies replies, string verb) : CommunityFormAction(verb)
{
    // A prioritised item pressed again answers as prioritised and writes nothing: no claim needed for that verb.
    public override bool RecognisesRedelivery => Verb == CardVerbs.ItemPrioritise;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (Verb == CardVerbs.ItemPrioritise && BacklogReplies.Number(input.Text(CardVerbs.ItemKey)) is { } prioritised)
        {
            return await PrioritiseAsync(turn, prioritised);
        }

        if (BacklogReplies.Number(input.Text(CardVerbs.ItemKey)) is not { } number ||
            await store.GetItemAsync(turn.Community.Id, number, turn.CancellationToken) is not { } item)
        {
            return Reply.WithText(texts.ItemNotFound);
        }

        var permission = Verb is CardVerbs.ItemMove or CardVerbs.ItemEstimate
            ? BacklogAuthority.MayMove(turn.Actor, item)
            : BacklogAuthority.MayTriage(turn.Actor);
        if (permission != BacklogPermission.Allowed)
        {
            return Reply.WithText(BacklogReplies.Refusal(texts, permission, item.Supplier));
        }

        var actor = turn.Actor!;
        switch (Verb)
        {
            case CardVerbs.ItemMove:
                if (!Enum.TryParse<ItemStatus>(input.Text(CardVerbs.StatusKey), out var to) || !Enum.IsDefined(to))
                {
                    return Reply.WithText(texts.ErrorCardOutdated);
                }

                var met = Enumerable.Range(0, item.Criteria.Count).Where(i => input.Text($"{ItemCard.CriterionInput}.{i}") == "true").ToHashSet();
                var (outcome, moved) = await backlog.MoveAsync(turn.Community, turn.Members, actor, number, to, met, turn.CancellationToken);
                return await replies.ItemAsync(turn, moved ?? item, outcome switch
                {
                    MoveOutcome.Moved => new Notice(texts.ItemMoved(number, texts.ItemStatusName(to)), false),
                    MoveOutcome.CriteriaNotMet => new Notice(texts.ItemCriteriaNotMet, true),
                    MoveOutcome.Unchanged => new Notice(texts.ItemMoved(number, texts.ItemStatusName(to)), false),
                    _ => new Notice(texts.ItemMoveNotAllowed(texts.ItemStatusName((moved ?? item).Status), texts.ItemStatusName(to)), true),
                });
            case CardVerbs.ItemEstimate:
                var hours = Amount(input.Text(ItemCard.HoursInput));
                var dkk = Amount(input.Text(ItemCard.DkkInput));
                if (hours is < 0 || dkk is < 0)
                {
                    return await replies.ItemAsync(turn, item, new Notice(texts.ItemEstimateError, true));
                }

                var estimated = await backlog.EstimateAsync(turn.Community, actor, number, new Estimate(hours, dkk), turn.CancellationToken);
                return await replies.ItemAsync(turn, estimated ?? item, new Notice(texts.ItemEstimated, false));
            default:
                var escalated = await backlog.EscalateAsync(turn.Community, turn.Members, actor, number, turn.CancellationToken);
                return await replies.ItemAsync(turn, escalated ?? item, escalated?.DecisionNumber is { } decision
                    ? new Notice(texts.ItemEscalated(number, decision), false)
                    : new Notice(texts.ItemNotEscalated, true));
        }
    }

    /// <summary>Answered from the one reading the prioritisation made: the item's card needs no other.</summary>
    private async Task<Reply> PrioritiseAsync(CommunityTurn turn, int number)
    {
        var texts = turn.Texts;
        if (BacklogAuthority.MayTriage(turn.Actor) is var permission and not BacklogPermission.Allowed)
        {
            return Reply.WithText(BacklogReplies.Refusal(texts, permission, null));
        }

        var result = await backlog.PrioritiseAsync(turn.Community, turn.Members, turn.Actor!, number, turn.CancellationToken);
        if (result.Item is not { } item)
        {
            return Reply.WithText(texts.ItemNotFound);
        }

        return replies.Item(turn, item, result.Items, result.Outcome switch
        {
            PrioritiseOutcome.Prioritised => new Notice(texts.ItemMoved(number, texts.ItemStatusName(ItemStatus.Prioritised)), false),
            PrioritiseOutcome.BeyondMandate => new Notice(texts.ItemBeyondMandate, true),
            PrioritiseOutcome.Busy => new Notice(texts.ErrorStorageUnavailable, true),
            _ => new Notice(texts.ItemMoveNotAllowed(texts.ItemStatusName(item.Status), texts.ItemStatusName(ItemStatus.Prioritised)), true),
        });
    }

    private static decimal? Amount(string? text) => text is null ? null : DanishNumber.TryParse(text) ?? -1m;
}
