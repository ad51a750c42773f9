namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>The turn every handler sees, with the community's members read once for all of them.</summary>
public sealed class MembersStep(CommunityMembers members, ConnectorClient connector) : ITurnStep
{
    public async Task InvokeAsync(TurnContext context, TurnDelegate next)
    {
        var (activity, language, cancellationToken) = (context.Activity, context.Language, context.CancellationToken);
        context.Turn = context.Community is { } community
            ? new CommunityTurn(activity, language, community, await members.ListAsync(community.Id, cancellationToken), connector, cancellationToken)
            {
                Personal = context.Personal,
            }
            : new Turn(activity, language, connector, cancellationToken) { Personal = context.Personal with { Current = null } };
        await next(context);
    }
}
