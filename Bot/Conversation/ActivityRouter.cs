using System.Text.Json;
using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Operations;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Bot.Protocol.Hosting;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Common;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Sends each activity to its handler: text to a command, Action.Execute invokes and Action.Submit messages to the
/// card action with their verb, install and membership events to the community's lifecycle. Handlers answer with a
/// <see cref="Reply"/>; the router delivers it as a message, an updated card or an invoke response.
/// </summary>
public sealed partial class ActivityRouter(
    IEnumerable<ICommand> commands,
    IEnumerable<ICardAction> actions,
    IEnumerable<IInvokeHandler> invokes,
    CommandMatcher matcher,
    HelpReply help,
    CommunityDirectory directory,
    CommunityMembers members,
    TeamRoster roster,
    CommunityLifecycle lifecycle,
    DialogRunner dialogs,
    ConnectorClient connector,
    ILogger<ActivityRouter> logger) : IActivityHandler
{
    private readonly Dictionary<string, ICommand> _commands = commands.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, ICardAction> _actions = actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);
    private readonly Dictionary<string, IInvokeHandler> _invokes = invokes.ToDictionary(i => i.Name, StringComparer.Ordinal);

    public async Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate:
            case ActivityTypes.InstallationUpdate:
                await lifecycle.HandleAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.Message when SubmittedVerb(activity) is { } verb:
                await HandleSubmitAsync(activity, verb, cancellationToken);
                return null;
            case ActivityTypes.Message:
                await HandleTextAsync(activity, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                return await HandleExecuteAsync(activity, cancellationToken);
            case ActivityTypes.Invoke when InvokeHandler(activity) is { } invoke:
                return await HandleInvokeAsync(invoke, activity, cancellationToken);
            default:
                // Other invokes get 400 from the endpoint; other activity types are acknowledged and ignored.
                return null;
        }
    }

    /// <summary>
    /// A press while Table Storage is away: told, in the language of the card pressed (the community's, in a channel),
    /// that nothing was saved and to press again — the same answer for every card of every feature. Other turns are
    /// delivered again by the service.
    /// </summary>
    public async Task<InvokeResponse?> AnswerStorageOutageAsync(Activity activity, CancellationToken cancellationToken)
    {
        switch (activity.Type)
        {
            case ActivityTypes.Invoke when activity.Name == InvokeNames.AdaptiveCardAction:
                var pressed = ExecuteValue(activity)?.Action;
                var texts = new Texts(LanguageChoice.FromCode(new CardInput(pressed?.Verb ?? string.Empty, pressed?.Data).Text(CardVerbs.LanguageKey)) ?? Language.Danish);
                return Invoke(AdaptiveCardInvokeResponse.Message(texts.ErrorStorageUnavailable));
            case ActivityTypes.Message when SubmittedVerb(activity) is { } verb:
                var language = LanguageChoice.FromCode(new CardInput(verb, activity.Value).Text(CardVerbs.LanguageKey)) ?? Language.Danish;
                var turn = new Turn(activity, language, connector, cancellationToken);
                await turn.SendAsync(Reply.WithText(turn.Texts.ErrorStorageUnavailable));
                return new InvokeResponse(StatusCodes.Status200OK, null);
            case ActivityTypes.Invoke when InvokeHandler(activity) is { } invoke:
                return invoke.Failed(activity, storageUnavailable: true);
            default:
                return null;
        }
    }

    /// <summary>
    /// An Action.Execute whose action recognises its redeliveries: its answer is the invoke response alone, so a
    /// redelivery answered again sends nothing twice.
    /// </summary>
    public bool RecognisesRedelivery(Activity activity) =>
        // A search or a link to unfold changes nothing: answered again, it is the same answer.
        InvokeHandler(activity) is not null ||
        activity is { Type: ActivityTypes.Invoke, Name: InvokeNames.AdaptiveCardAction } &&
        ExecuteValue(activity) is { Action: { Type: "Action.Execute", Verb: { } verb } action } &&
        _actions.TryGetValue(verb, out var handler) && handler.RecognisesRedelivery &&
        // An answer as a new message is sent again on a redelivery: that press is claimed like any other.
        new CardInput(verb, action.Data).Text(CardVerbs.AnswerKey) != CardVerbs.AnswerAsNewMessage;

    private async Task HandleTextAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = CommandText.WithoutBotMention(activity);
        var match = matcher.Match(text);

        // While a dialog is open, what the person writes here (in its thread, or a new post in the channel) answers it;
        // help still works as a command, and needs no read for it.
        if (match.CommandId != CommandIds.Help && await dialogs.FindAsync(activity, cancellationToken) is { } open)
        {
            var dialogTurn = await TurnAsync(activity, LanguageChoice.FromCode(open.Language), cancellationToken);
            await dialogTurn.SendAsync(Stamped(dialogTurn, await Guarded(dialogTurn, () => dialogs.AnswerTypedAsync(dialogTurn, open, text))));
            return;
        }

        var turn = await TurnAsync(activity, null, cancellationToken);
        Reply reply;
        if (match.CommandId is null)
        {
            // One short line and the closest commands as buttons, in the turn's language ("Mente du »nudge ferie«?"),
            // not the whole help card: in a channel everyone reads it.
            var suggestions = match.Suggestions.Where(s => s.CommandId == CommandIds.Help || _commands.ContainsKey(s.CommandId)).ToList();
            reply = Reply.WithCard(UnknownCommandCard.Compose(turn.Texts, text, suggestions));
        }
        else
        {
            reply = await RunCommandAsync(turn, match.CommandId, match.Arguments);
        }

        await turn.SendAsync(Stamped(turn, reply));
    }

    private async Task<InvokeResponse> HandleExecuteAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ExecuteValue(activity)?.Action is not { } action)
        {
            return Invoke(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The invoke has no action."));
        }

        if (action.Type != "Action.Execute" || string.IsNullOrEmpty(action.Verb))
        {
            return Invoke(AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"'{action.Type}' is not supported."));
        }

        var input = new CardInput(action.Verb, action.Data);
        var turn = await TurnAsync(activity, LanguageChoice.FromCode(input.Text(CardVerbs.LanguageKey)), cancellationToken,
            input.Text(CardVerbs.CommunityKey));
        var reply = Stamped(turn, await RunActionAsync(turn, input));
        if (reply.Card is not null && input.Text(CardVerbs.AnswerKey) == CardVerbs.AnswerAsNewMessage)
        {
            // A welcome's buttons answer with a new message, so the welcome stays for the next person to read.
            await turn.SendAsync(reply);
            return Invoke(AdaptiveCardInvokeResponse.Message(turn.Texts.AnsweredBelow));
        }

        return Invoke(reply.Card is { } card
            ? AdaptiveCardInvokeResponse.Card(CardJson.ToNode(card))
            : AdaptiveCardInvokeResponse.Message(reply.Text ?? string.Empty));
    }

    private IInvokeHandler? InvokeHandler(Activity activity) =>
        activity.Type == ActivityTypes.Invoke && activity.Name is { } name && _invokes.TryGetValue(name, out var invoke) ? invoke : null;

    /// <summary>A feature's own invoke; a failure is answered in the invoke's shape, storage that is away goes to the endpoint.</summary>
    private async Task<InvokeResponse> HandleInvokeAsync(IInvokeHandler invoke, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await invoke.HandleAsync(activity, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && !StorageFault.Is(e, cancellationToken))
        {
            LogHandlerFailed(logger, e, activity.Type, activity.Id);
            return invoke.Failed(activity, storageUnavailable: false);
        }
    }

    /// <summary>The legacy path: Action.Submit arrives as a message whose value carries the verb.</summary>
    private async Task HandleSubmitAsync(Activity activity, string verb, CancellationToken cancellationToken)
    {
        var input = new CardInput(verb, activity.Value);
        var turn = await TurnAsync(activity, LanguageChoice.FromCode(input.Text(CardVerbs.LanguageKey)), cancellationToken,
            input.Text(CardVerbs.CommunityKey));
        var reply = Stamped(turn, await RunActionAsync(turn, input));
        // A submitted card is replaced by the presser's view only where they alone see it: in a channel the message
        // named by replyToId is everyone's (and replyToId is the client's word), so the view goes below it instead.
        if (reply.Card is not null && turn.AnswersOnlyTheActor && !string.IsNullOrEmpty(activity.ReplyToId))
        {
            await turn.UpdateAsync(activity.ReplyToId, reply);
        }
        else
        {
            await turn.SendAsync(reply);
        }
    }

    private Task<Reply> RunActionAsync(Turn turn, CardInput input)
    {
        TurnTelemetry.TagCardVerb(input.Verb);
        if (input.Verb == CardVerbs.RunCommand)
        {
            // A suggestion for a mistyped command carries what was written after it, run as if typed.
            return input.Text(CardVerbs.CommandKey) is { } id && (id == CommandIds.Help || _commands.ContainsKey(id))
                ? RunCommandAsync(turn, id, input.Text(CardVerbs.ArgumentsKey) ?? string.Empty)
                : Task.FromResult(Reply.WithText(turn.Texts.ErrorCardOutdated));
        }

        return _actions.TryGetValue(input.Verb, out var action)
            ? Guarded(turn, () => action.HandleAsync(turn, input))
            : Task.FromResult(Reply.WithText(turn.Texts.ErrorCardOutdated));
    }

    private Task<Reply> RunCommandAsync(Turn turn, string commandId, string arguments)
    {
        TurnTelemetry.TagCommand(commandId);
        return commandId == CommandIds.Help
            ? Guarded(turn, () => help.ComposeAsync(turn, _commands.Values))
            : Guarded(turn, () => _commands[commandId].HandleAsync(turn, arguments));
    }

    /// <summary>
    /// In a personal chat, an answer about a community carries it on its buttons; for a person with several
    /// communities it also says which one it is about.
    /// </summary>
    private static Reply Stamped(Turn turn, Reply reply)
    {
        if (turn is not CommunityTurn { Personal.Current: { } community } || reply.IsSent)
        {
            return reply;
        }

        var several = turn.Personal.All.Count > 1;
        return reply switch
        {
            { Card: { } card } => Reply.WithCard(CommunityStamp.Apply(card, community.Id, turn.Texts, several ? community.DisplayName : null)),
            { Text: { } text } when several => Reply.WithText(turn.Texts.PersonalCommunityTextAbout(community.DisplayName, text)),
            _ => reply,
        };
    }

    /// <summary>
    /// A failing handler gives the person a short apology, never the exception. Storage that did not answer is not the
    /// handler's failure: it goes to the endpoint, which answers every turn alike.
    /// </summary>
    private async Task<Reply> Guarded(Turn turn, Func<Task<Reply>> handler)
    {
        try
        {
            return await handler();
        }
        catch (Exception e) when (!turn.CancellationToken.IsCancellationRequested && !StorageFault.Is(e, turn.CancellationToken))
        {
            LogHandlerFailed(logger, e, turn.Activity.Type, turn.Activity.Id);
            return Reply.WithText(turn.Texts.ErrorGeneric);
        }
    }

    /// <summary>The turn, with the community and its members read once for every handler.</summary>
    /// <param name="chosen">The language of the card that was pressed, or of the open dialog; else the place decides.</param>
    /// <param name="named">The community a pressed card names (a personal chat's buttons carry it); checked, never trusted.</param>
    private async Task<Turn> TurnAsync(Activity activity, Language? chosen, CancellationToken cancellationToken, string? named = null)
    {
        var personal = PersonalCommunities.None;
        Community? community;
        if (CommunityDirectory.CommunityIdOf(activity) is null && activity.Conversation?.ConversationType == ConversationTypes.Personal)
        {
            personal = await directory.ResolvePersonalAsync(activity, named, cancellationToken);
            community = personal.Current;
        }
        else
        {
            community = await directory.TouchAsync(activity, cancellationToken);
        }

        var language = chosen ?? await LanguageAsync(activity, community, personal, cancellationToken);
        if (community is not null && activity.Conversation?.ConversationType == ConversationTypes.Personal &&
            !await OnRosterAsync(community, activity, cancellationToken))
        {
            // From a personal chat the team is out of sight: only a person still on its roster acts for the community.
            community = null;
        }

        if (community is null)
        {
            return new Turn(activity, language, connector, cancellationToken) { Personal = personal with { Current = null } };
        }

        var all = await members.ListAsync(community.Id, cancellationToken);
        return new CommunityTurn(activity, language, community, all, connector, cancellationToken) { Personal = personal };
    }

    /// <summary>Whether the person is on the team's roster; when Teams cannot say, they are not (the turn goes on without the community).</summary>
    private async Task<bool> OnRosterAsync(Community community, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            return await roster.FindAsync(community, activity.From?.AadObjectId, cancellationToken) is not null;
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or ServiceUrlNotAllowedException)
        {
            LogRosterUnreadable(logger, e);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The team's roster could not be read for a personal chat's turn")]
    private static partial void LogRosterUnreadable(ILogger logger, Exception exception);

    /// <summary>
    /// In the team's channels the community's language, whatever the message's locale; in a group chat the writer's
    /// communities' (else Danish); in a personal chat the person's own (<see cref="CommunityDirectory.PersonalLanguageAsync"/>:
    /// their choice, else their communities' one language, else this message's locale).
    /// </summary>
    private async Task<Language> LanguageAsync(Activity activity, Community? community, PersonalCommunities personal, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.ConversationType == ConversationTypes.Personal)
        {
            return await directory.PersonalLanguageAsync(activity.TenantId, activity.From?.AadObjectId, activity.Locale, personal.All, cancellationToken);
        }

        return community is not null ? community.LanguageOf() : await directory.GroupChatLanguageAsync(activity, cancellationToken);
    }

    /// <summary>An Action.Execute invoke's value, read the one way both the claim's check and the handling read it.</summary>
    private static AdaptiveCardInvokeValue? ExecuteValue(Activity activity)
    {
        try
        {
            return activity.Value?.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? SubmittedVerb(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty(CardVerbs.VerbKey, out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    private static InvokeResponse Invoke(AdaptiveCardInvokeResponse body) => new(200, body);

    [LoggerMessage(Level = LogLevel.Error, Message = "A handler failed for {Type} activity {ActivityId}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
