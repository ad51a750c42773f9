using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// Runs the turn's handler: the open dialog, the command, or the card action with the press's verb. An unknown command
/// gets one short line and the closest commands as buttons; a failing handler a short apology, never the exception
/// (storage that did not answer is not the handler's failure: it goes to the endpoint, which answers every turn alike).
/// </summary>
public sealed partial class DispatchStep(TurnHandlers handlers, HelpReply help, DialogRunner dialogs, ILogger logger) : ITurnStep
{
    public async Task InvokeAsync(TurnContext context, TurnDelegate next)
    {
        var turn = context.Turn!;
        context.Reply = context switch
        {
            { Kind: TurnKind.Text, Dialog: { } open } => await Guarded(turn, () => dialogs.AnswerTypedAsync(turn, open, context.Text)),
            { Kind: TurnKind.Text, Match: { CommandId: { } id } match } => await RunCommandAsync(turn, id, match.Arguments),
            // Not the whole help card: in a channel everyone reads it.
            { Kind: TurnKind.Text, Match: { } unknown } => Reply.WithCard(UnknownCommandCard.Compose(turn.Texts, context.Text,
                [.. unknown.Suggestions.Where(s => handlers.Offers(s.CommandId))])),
            _ => await RunActionAsync(turn, context.Input!),
        };
        await next(context);
    }

    private Task<Reply> RunActionAsync(Turn turn, CardInput input)
    {
        TurnTelemetry.TagCardVerb(input.Verb);
        if (input.Verb == CardVerbs.RunCommand)
        {
            // A suggestion for a mistyped command carries what was written after it, run as if typed.
            return input.Text(CardVerbs.CommandKey) is { } id && handlers.Offers(id)
                ? RunCommandAsync(turn, id, input.Text(CardVerbs.ArgumentsKey) ?? string.Empty)
                : Task.FromResult(Reply.WithText(turn.Texts.ErrorCardOutdated));
        }

        return handlers.Actions.TryGetValue(input.Verb, out var action)
            ? Guarded(turn, () => action.HandleAsync(turn, input))
            : Task.FromResult(Reply.WithText(turn.Texts.ErrorCardOutdated));
    }

    private Task<Reply> RunCommandAsync(Turn turn, string commandId, string arguments)
    {
        TurnTelemetry.TagCommand(commandId);
        return commandId == CommandIds.Help
            ? Guarded(turn, () => help.ComposeAsync(turn, handlers.Commands.Values))
            : Guarded(turn, () => handlers.Commands[commandId].HandleAsync(turn, arguments));
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "A handler failed for {Type} activity {ActivityId}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
