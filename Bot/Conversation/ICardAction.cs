namespace CoordinatorBot.Bot.Conversation;

/// <summary>What happens when a card's button with <see cref="Verb"/> is pressed.</summary>
public interface ICardAction
{
    string Verb { get; }

    /// <summary>
    /// True when the action itself recognises a redelivered activity (by what it stored when it first handled it) and
    /// answers it without doing anything twice; the endpoint then makes no claim for it. Only for Action.Execute, whose
    /// answer is the invoke response alone.
    /// </summary>
    bool RecognisesRedelivery => false;

    Task<Reply> HandleAsync(Turn turn, CardInput input);
}
