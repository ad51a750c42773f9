using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>"cases": the approved user cases, searched by the words after it; the coordinator also sees those waiting.</summary>
[HelpOrder(4)]
public sealed class CasesCommand(GuideReplies replies) : CommunityCommand(CommandIds.Cases)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        replies.ListAsync(turn, GuideKind.Case, arguments);
}
