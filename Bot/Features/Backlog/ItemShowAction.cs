using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>One backlog item, from the board or a notification: everyone may look.</summary>
public sealed class ItemShowAction(BacklogStore store, BacklogReplies replies) : CommunityCardAction<ItemShowAction.Input>(CardVerbs.ItemShow)
{
    public sealed record Input(int Number);

    protected override Input? Read(CardInput input) => BacklogReplies.Number(input.Text(CardVerbs.ItemKey)) is { } n ? new Input(n) : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input) =>
        await store.GetItemAsync(turn.Community.Id, input.Number, turn.CancellationToken) is { } item
            ? await replies.ItemAsync(turn, item)
            : Reply.WithText(turn.Texts.ItemNotFound);
}
