namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>"versioner" / "releases": the releases newest first and the delivered items waiting for one; everyone may look.</summary>
[HelpOrder(1)]
public sealed class ReleasesCommand(ReleaseReplies replies) : CommunityCommand(CommandIds.Releases)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) => replies.ListAsync(turn);
}
