using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Another page of the decision log, with the same filter.</summary>
public sealed class DecisionsPageAction(DecisionStore decisions) : CommunityFormAction(CardVerbs.DecisionsPage)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, CardInput input) =>
        DecisionsCommand.ListAsync(decisions, turn, input.Text(CardVerbs.FilterKey) ?? string.Empty,
            int.TryParse(input.Text(CardVerbs.PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1);
}
