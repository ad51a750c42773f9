using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>"guides": the approved guides, searched by the words after it; the coordinator also sees those waiting.</summary>
[HelpOrder(3)]
public sealed class GuidesCommand(GuideReplies replies) : CommunityCommand(CommandIds.Guides)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        replies.ListAsync(turn, GuideKind.Guide, arguments);
}
