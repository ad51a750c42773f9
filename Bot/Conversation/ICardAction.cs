namespace CoordinatorBot.Bot.Conversation;

/// <summary>What happens when a card's button with <see cref="Verb"/> is pressed.</summary>
public interface ICardAction
{
    string Verb { get; }

    Task<Reply> HandleAsync(Turn turn, CardInput input);
}
