namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// A community card action that reads a form itself, field by field, because a field that does not pass is answered
/// with the form again and its reason rather than as an outdated card.
/// </summary>
public abstract class CommunityFormAction(string verb, Role? requiredRole = null) : CommunityCardAction<CardInput>(verb, requiredRole)
{
    protected sealed override CardInput Read(CardInput input) => input;
}
