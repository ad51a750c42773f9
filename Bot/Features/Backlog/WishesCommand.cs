namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>"ønsker": open wishes by support, then age; "ønsker klar", "ønsker Aarhus" or any words filter.</summary>
[HelpOrder(2)]
public sealed class WishesCommand(BacklogReplies replies) : CommunityCommand(CommandIds.Wishes)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) => replies.WishesAsync(turn, 0, arguments);
}
