namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>The wish list's page buttons, keeping the filter.</summary>
public sealed class WishesPageAction(BacklogReplies replies) : CommunityCardAction<WishesPageAction.Input>(CardVerbs.WishesPage)
{
    public sealed record Input(int Page, string? Filter);

    protected override Input? Read(CardInput input) =>
        BacklogReplies.Number(input.Text(CardVerbs.PageKey)) is { } page ? new Input(page, input.Text(CardVerbs.FilterKey)) : null;

    protected override Task<Reply> HandleAsync(CommunityTurn turn, Input input) => replies.WishesAsync(turn, input.Page, input.Filter);
}
