namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// A turn that belongs to a community: the community and its members are loaded once, before any handler runs, so
/// that a handler neither reads them again nor has to ask whether they are there.
/// </summary>
public sealed class CommunityTurn(Activity activity, Language language, Community community, IReadOnlyList<Member> members,
    ConnectorClient connector, CancellationToken cancellationToken) : Turn(activity, language, connector, cancellationToken)
{
    public Community Community { get; } = community;

    /// <summary>Everyone who holds a role in the community.</summary>
    public IReadOnlyList<Member> Members { get; } = members;

    /// <summary>The acting person's roles here; null when they hold none.</summary>
    public Member? Actor { get; } = string.IsNullOrEmpty(activity.From?.AadObjectId)
        ? null
        : members.FirstOrDefault(m => m.AadObjectId == activity.From.AadObjectId);

    public bool ActorHolds(Role role) => Actor?.Holds(role) == true;

    public bool HasCoordinator => Members.Any(m => m.Holds(Role.Coordinator));

    /// <summary>The one role check: a polite refusal when the actor does not hold the role, null when they do.</summary>
    public Reply? RefusalUnless(Role? role) =>
        role is { } required && !ActorHolds(required) ? Reply.WithText(Texts.RefusalRole(Texts.RoleName(required))) : null;
}
