namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// A card button that works on a community: its verb, the role it needs and how its input is read are declared;
/// the community, the role and an outdated card are dealt with here, so that the action holds only what is its own.
/// </summary>
/// <typeparam name="TInput">What the card sent, read into a record; <see cref="Read"/> gives null for a card that no
/// longer fits.</typeparam>
public abstract class CommunityCardAction<TInput>(string verb, Role? requiredRole = null) : ICardAction where TInput : class
{
    public string Verb { get; } = verb;

    public Role? RequiredRole { get; } = requiredRole;

    public virtual bool RecognisesRedelivery => false;

    public Task<Reply> HandleAsync(Turn turn, CardInput input) => turn switch
    {
        not CommunityTurn => Task.FromResult(turn.NoCommunityReply()),
        CommunityTurn here when here.RefusalUnless(RequiredRole) is { } refusal => Task.FromResult(refusal),
        CommunityTurn here when Read(input) is { } read => HandleAsync(here, read),
        _ => Task.FromResult(Reply.WithText(turn.Texts.ErrorCardOutdated)),
    };

    protected abstract TInput? Read(CardInput input);

    protected abstract Task<Reply> HandleAsync(CommunityTurn turn, TInput input);
}
