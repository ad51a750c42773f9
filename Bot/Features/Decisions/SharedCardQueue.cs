using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Decisions whose shared approval card should be replaced.</summary>
public sealed class SharedCardQueue : CardUpdateQueue<(string CommunityId, DecisionNumber Number)>
{
    public void Request(string communityId, DecisionNumber number) => Request((communityId, number));
}
