using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"beslutninger" / "decisions": the decision log, newest first, filtered by what follows.</summary>
[HelpOrder(3)]
public sealed class DecisionsCommand(DecisionStore decisions) : CommunityCommand(CommandIds.Decisions)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) => ListAsync(decisions, turn, arguments, 1);

    public static async Task<Reply> ListAsync(DecisionStore decisions, CommunityTurn turn, string filter, int page)
    {
        var community = turn.Community;
        var all = await decisions.ListAsync(community.Id, turn.CancellationToken);
        var matching = all.Where(DecisionFilterReader.Read(filter).Matches).ToList();
        return Reply.WithCard(DecisionList.Compose(turn.Texts, matching, page, filter.Trim(), community.Clock.Zone));
    }
}
