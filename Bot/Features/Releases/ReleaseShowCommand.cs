namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>"version 3.2.0" / "release 3.2.0": one release with its items and decisions.</summary>
[HelpOrder(2)]
public sealed class ReleaseShowCommand(ReleaseReplies replies) : CommunityCommand(CommandIds.ReleaseShow)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) => replies.ShowAsync(turn, arguments.Trim());
}
