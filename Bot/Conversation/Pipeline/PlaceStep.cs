namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// The community and the language of the turn. In a personal chat the person's communities and the one this turn is
/// about (the one a pressed card names, checked); elsewhere the team's or channel's community, created or refreshed.
/// The language: the chosen one (the card's, the dialog's); else in the team's channels the community's, whatever the
/// message's locale; in a group chat the writer's communities' (else Danish); in a personal chat the person's own
/// (<see cref="CommunityDirectory.PersonalLanguageAsync"/>: their choice, else their communities' one language, else
/// this message's locale).
/// </summary>
public sealed class PlaceStep(CommunityDirectory directory) : ITurnStep
{
    public async Task InvokeAsync(TurnContext context, TurnDelegate next)
    {
        var activity = context.Activity;
        var cancellationToken = context.CancellationToken;
        if (CommunityDirectory.CommunityIdOf(activity) is null && context.IsPersonal)
        {
            context.Personal = await directory.ResolvePersonalAsync(activity, context.Named, cancellationToken);
            context.Community = context.Personal.Current;
        }
        else
        {
            context.Community = await directory.TouchAsync(activity, cancellationToken);
        }

        context.Language = context.Chosen ??
            (context.IsPersonal
                ? await directory.PersonalLanguageAsync(activity.TenantId, activity.From?.AadObjectId, activity.Locale, context.Personal.All, cancellationToken)
                : context.Community is { } community
                    ? community.LanguageOf()
                    : await directory.GroupChatLanguageAsync(activity, cancellationToken));
        await next(context);
    }
}
