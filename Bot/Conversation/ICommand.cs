namespace CoordinatorBot.Bot.Conversation;

/// <summary>A chat command. Its words and description are texts named after <see cref="Id"/>.</summary>
public interface ICommand
{
    string Id { get; }

    /// <summary>Whether help should offer the command to this person.</summary>
    bool IsOfferedTo(CommandAudience audience);

    /// <summary>
    /// The words that may follow the command's own, in both languages ("pause", "ferie" of "nudge"): a message that
    /// starts with one of them is offered as this command with the message as its arguments.
    /// </summary>
    IReadOnlyList<string> SubcommandWords => [];

    Task<Reply> HandleAsync(Turn turn, string arguments);
}
