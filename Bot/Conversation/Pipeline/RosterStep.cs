namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// From a personal chat the team is out of sight: only a person still on its roster acts for the community; when Teams
/// cannot say, they are not (the turn goes on without the community).
/// </summary>
public sealed partial class RosterStep(TeamRoster roster, ILogger logger) : ITurnStep
{
    public Task InvokeAsync(TurnContext context, TurnDelegate next) =>
        context.Community is { } community && context.IsPersonal ? CheckedAsync(community, context, next) : next(context);

    private async Task CheckedAsync(Community community, TurnContext context, TurnDelegate next)
    {
        if (!await OnRosterAsync(community, context))
        {
            context.Community = null;
        }

        await next(context);
    }

    private async Task<bool> OnRosterAsync(Community community, TurnContext context)
    {
        try
        {
            return await roster.FindAsync(community, context.Activity.From?.AadObjectId, context.CancellationToken) is not null;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or ServiceUrlNotAllowedException)
        {
            LogRosterUnreadable(logger, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The team's roster could not be read for a personal chat's turn")]
    private static partial void LogRosterUnreadable(ILogger logger, Exception exception);
}
