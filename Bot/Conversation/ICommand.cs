using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>A chat command. Its words and description are texts named after <see cref="Id"/>.</summary>
public interface ICommand
{
    string Id { get; }

    /// <summary>True when the command works on a community and so cannot run in a personal chat.</summary>
    bool NeedsCommunity { get; }

    /// <summary>The role the actor must hold in the community, checked before the command runs; null: anyone.</summary>
    Role? RequiredRole => null;

    /// <summary>Whether help should offer the command to this person.</summary>
    bool IsOfferedTo(CommandAudience audience);

    Task<Reply> HandleAsync(Turn turn, string arguments);
}
