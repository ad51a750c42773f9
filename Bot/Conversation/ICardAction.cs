using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>What happens when a card's button with <see cref="Verb"/> is pressed.</summary>
public interface ICardAction
{
    string Verb { get; }

    /// <summary>True when the action works on a community and so cannot run in a personal chat.</summary>
    bool NeedsCommunity { get; }

    /// <summary>The role the actor must hold in the community, checked before the action runs; null: anyone.</summary>
    Role? RequiredRole { get; }

    Task<Reply> HandleAsync(Turn turn, CardInput input);
}
