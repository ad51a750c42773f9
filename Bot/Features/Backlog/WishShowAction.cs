namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>One wish from the list, with the forms this person may use: everyone may look.</summary>
public sealed class WishShowAction(BacklogReplies replies) : CommunityCardAction<WishShowAction.Input>(CardVerbs.WishShow)
{
    public sealed record Input(int Number);

    protected override Input? Read(CardInput input) => BacklogReplies.Number(input.Text(CardVerbs.WishKey)) is { } n ? new Input(n) : null;

    protected override Task<Reply> HandleAsync(CommunityTurn turn, Input input) => replies.WishAsync(turn, input.Number);
}
