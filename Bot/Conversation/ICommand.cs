namespace CoordinatorBot.Bot.Conversation;

/// <summary>A chat command. Its words and description are texts named after <see cref="Id"/>.</summary>
public interface ICommand
{
    string Id { get; }

    /// <summary>Whether help should offer the command to this person.</summary>
    bool IsOfferedTo(CommandAudience audience);

    Task<Reply> HandleAsync(Turn turn, string arguments);
}
