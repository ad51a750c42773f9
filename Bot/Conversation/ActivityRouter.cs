using System.Text.Json;
using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Operations;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Bot.Protocol.Hosting;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Sends each activity to its handler: text to a command, Action.Execute invokes and Action.Submit messages to the
/// card action with their verb, install and membership events to the community's lifecycle. Handlers answer with a
/// <see cref="Reply"/>; the router delivers it as a message, an updated card or an invoke response.
/// </summary>
public sealed partial class ActivityRouter(
    IEnumerable<ICommand> commands,
    IEnumerable<ICardAction> actions,
    CommandMatcher matcher,
    HelpReply help,
    CommunityDirectory directory,
    CommunityAccess access,
    CommunityLifecycle lifecycle,
    DialogRunner dialogs,
    ConnectorClient connector,
    ILogger<ActivityRouter> logger) : IActivityHandler
{
    private readonly Dictionary<string, ICommand> _commands = commands.ToDictionary(c => c.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, ICardAction> _actions = actions.ToDictionary(a => a.Verb, StringComparer.Ordinal);

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
            default:
                // Other invokes get 501 from the endpoint; other activity types are acknowledged and ignored.
                return null;
        }
    }

    private async Task HandleTextAsync(Activity activity, CancellationToken cancellationToken)
    {
        var text = CommandText.WithoutBotMention(activity);
        var match = matcher.Match(text);

        // While a dialog is open, what the person writes answers it (help still works as a command).
        if (match.CommandId != CommandIds.Help &&
            await dialogs.OpenDialogLanguageAsync(activity, cancellationToken) is { } dialogLanguage)
        {
            var dialogTurn = await TurnAsync(activity, dialogLanguage, cancellationToken);
            var answer = await Guarded(dialogTurn, async () =>
                await dialogs.AnswerAsync(dialogTurn, DialogMove.Answer, text) ?? Reply.WithText(dialogTurn.Texts.DialogNoActive));
            await dialogTurn.SendAsync(answer);
            return;
        }

        var language = LanguageChoice.For(activity, match.Language);
        var turn = await TurnAsync(activity, language, cancellationToken);
        Reply reply;
        if (match.CommandId is null)
        {
            var notice = text.Length == 0
                ? turn.Texts.UnknownEmpty
                : match.Suggestion is { } suggestion
                    ? $"{turn.Texts.UnknownCommand(Shorten(text))} {turn.Texts.UnknownDidYouMean(suggestion)}"
                    : turn.Texts.UnknownCommand(Shorten(text));
            reply = await Guarded(turn, () => help.ComposeAsync(turn, _commands.Values, notice));
        }
        else
        {
            reply = await RunCommandAsync(turn, match.CommandId, match.Arguments);
        }

        await turn.SendAsync(reply);
    }

    private async Task<InvokeResponse> HandleExecuteAsync(Activity activity, CancellationToken cancellationToken)
    {
        AdaptiveCardInvokeValue? value;
        try
        {
            value = activity.Value?.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options);
        }
        catch (JsonException)
        {
            value = null;
        }

        if (value?.Action is not { } action)
        {
            return Invoke(AdaptiveCardInvokeResponse.Error(400, "BadRequest", "The invoke has no action."));
        }

        if (action.Type != "Action.Execute" || string.IsNullOrEmpty(action.Verb))
        {
            return Invoke(AdaptiveCardInvokeResponse.Error(400, "NotSupported", $"'{action.Type}' is not supported."));
        }

        var input = new CardInput(action.Verb, action.Data);
        var language = LanguageChoice.For(activity, LanguageChoice.FromCode(input.Text(CardVerbs.LanguageKey)));
        var turn = await TurnAsync(activity, language, cancellationToken);
        var reply = await RunActionAsync(turn, input);
        return Invoke(reply.Card is { } card
            ? AdaptiveCardInvokeResponse.Card(CardJson.ToNode(card))
            : AdaptiveCardInvokeResponse.Message(reply.Text ?? string.Empty));
    }

    /// <summary>The legacy path: Action.Submit arrives as a message whose value carries the verb.</summary>
    private async Task HandleSubmitAsync(Activity activity, string verb, CancellationToken cancellationToken)
    {
        var input = new CardInput(verb, activity.Value);
        var language = LanguageChoice.For(activity, LanguageChoice.FromCode(input.Text(CardVerbs.LanguageKey)));
        var turn = await TurnAsync(activity, language, cancellationToken);
        var reply = await RunActionAsync(turn, input);
        if (reply.Card is not null && !string.IsNullOrEmpty(activity.ReplyToId))
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
            return input.Text(CardVerbs.CommandKey) is { } id && (id == CommandIds.Help || _commands.ContainsKey(id))
                ? RunCommandAsync(turn, id, string.Empty)
                : Task.FromResult(Reply.WithText(turn.Texts.ErrorCardOutdated));
        }

        if (!_actions.TryGetValue(input.Verb, out var action))
        {
            return Task.FromResult(Reply.WithText(turn.Texts.ErrorCardOutdated));
        }

        if ((action.NeedsCommunity || action.RequiredRole is not null) && turn.Community is null)
        {
            return Task.FromResult(Reply.WithText(turn.Texts.ErrorNeedsCommunity));
        }

        return Guarded(turn, async () => await RefusalAsync(turn, action.RequiredRole)
            ?? await action.HandleAsync(turn, input));
    }

    /// <summary>The one role check: a polite refusal when the actor does not hold the role, nothing when they do.</summary>
    private async Task<Reply?> RefusalAsync(Turn turn, Role? role) =>
        role is { } required && !await access.HoldsAsync(turn.Community!.Id, turn.ActorId, required, turn.CancellationToken)
            ? Reply.WithText(turn.Texts.RefusalRole(turn.Texts.RoleName(required)))
            : null;

    private Task<Reply> RunCommandAsync(Turn turn, string commandId, string arguments)
    {
        TurnTelemetry.TagCommand(commandId);
        if (commandId == CommandIds.Help)
        {
            return Guarded(turn, () => help.ComposeAsync(turn, _commands.Values, null));
        }

        var command = _commands[commandId];
        if ((command.NeedsCommunity || command.RequiredRole is not null) && turn.Community is null)
        {
            return Task.FromResult(Reply.WithText(turn.Texts.ErrorNeedsCommunity));
        }

        return Guarded(turn, async () => await RefusalAsync(turn, command.RequiredRole)
            ?? await command.HandleAsync(turn, arguments));
    }

    /// <summary>A failing handler gives the person a short apology, never the exception.</summary>
    private async Task<Reply> Guarded(Turn turn, Func<Task<Reply>> handler)
    {
        try
        {
            return await handler();
        }
        catch (Exception e) when (!turn.CancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(logger, e, turn.Activity.Type, turn.Activity.Id);
            return Reply.WithText(turn.Texts.ErrorGeneric);
        }
    }

    private async Task<Turn> TurnAsync(Activity activity, Language language, CancellationToken cancellationToken)
    {
        var community = await directory.TouchAsync(activity, cancellationToken);
        return new Turn(activity, language, community, connector, cancellationToken);
    }

    private static string? SubmittedVerb(Activity activity) =>
        activity.Value is { ValueKind: JsonValueKind.Object } value &&
        value.TryGetProperty(CardVerbs.VerbKey, out var verb) && verb.ValueKind == JsonValueKind.String
            ? verb.GetString()
            : null;

    private static InvokeResponse Invoke(AdaptiveCardInvokeResponse body) => new(200, body);

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    [LoggerMessage(Level = LogLevel.Error, Message = "A handler failed for {Type} activity {ActivityId}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
