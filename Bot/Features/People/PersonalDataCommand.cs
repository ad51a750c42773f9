namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// A command about the person's own data ("mine data", "slet mine data"): offered and answered only in their personal
/// chat, since in a channel everyone would see what it shows.
/// </summary>
public abstract class PersonalDataCommand(string id) : ICommand
{
    public string Id { get; } = id;

    public bool IsOfferedTo(CommandAudience audience) => audience.InPersonalChat;

    public Task<Reply> HandleAsync(Turn turn, string arguments) =>
        turn.Activity.Conversation?.ConversationType == ConversationTypes.Personal
            ? HandleInPersonalChatAsync(turn)
            : Task.FromResult(Reply.WithText(turn.Texts.PersonalDataOnlyPersonal));

    protected abstract Task<Reply> HandleInPersonalChatAsync(Turn turn);
}
