using System.Globalization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Another page of the decision log, with the same filter.</summary>
public sealed class DecisionsPageAction(DecisionStore decisions) : ICardAction
{
    public string Verb => CardVerbs.DecisionsPage;

    public bool NeedsCommunity => true;

    public Role? RequiredRole => null;

    public Task<Reply> HandleAsync(Turn turn, CardInput input) =>
        DecisionsCommand.ListAsync(decisions, turn, input.Text(CardVerbs.FilterKey) ?? string.Empty,
            int.TryParse(input.Text(CardVerbs.PageKey), NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? page : 1);
}
