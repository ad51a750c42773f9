namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// A command that works on a community, optionally for the holders of one role: the community and the role are
/// checked here, so that the command holds only what is its own.
/// </summary>
public abstract class CommunityCommand(string id, Role? requiredRole = null) : ICommand
{
    public string Id { get; } = id;

    public Role? RequiredRole { get; } = requiredRole;

    public virtual IReadOnlyList<string> SubcommandWords => [];

    public virtual bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && (RequiredRole is not { } role || audience.Actor?.Holds(role) == true);

    public Task<Reply> HandleAsync(Turn turn, string arguments) => turn switch
    {
        not CommunityTurn => Task.FromResult(turn.NoCommunityReply(Id, arguments)),
        CommunityTurn here when here.RefusalUnless(RequiredRole) is { } refusal => Task.FromResult(refusal),
        CommunityTurn here => HandleAsync(here, arguments),
    };

    protected abstract Task<Reply> HandleAsync(CommunityTurn turn, string arguments);
}
