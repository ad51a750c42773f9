namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>"backlog" / "prioritering": the prioritisation board.</summary>
[HelpOrder(3)]
public sealed class BacklogCommand(BacklogReplies replies) : CommunityCommand(CommandIds.Backlog)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) => replies.BoardAsync(turn);
}
