using CoordinatorBot.Bot.Conversation.Dialogs;

namespace CoordinatorBot.Bot.Conversation.Pipeline;

/// <summary>
/// Text: the command it matches; and while a dialog is open, what the person writes here (in its thread, or a new post
/// in the channel) answers it, in the dialog's language. Help still works as a command, and needs no read for it.
/// </summary>
public sealed class MatchStep(CommandMatcher matcher, DialogRunner dialogs) : ITurnStep
{
    public Task InvokeAsync(TurnContext context, TurnDelegate next) =>
        context.Kind == TurnKind.Text ? MatchedAsync(context, next) : next(context);

    private async Task MatchedAsync(TurnContext context, TurnDelegate next)
    {
        context.Text = CommandText.WithoutBotMention(context.Activity);
        context.Match = matcher.Match(context.Text);
        if (context.Match.CommandId != CommandIds.Help && await dialogs.FindAsync(context.Activity, context.CancellationToken) is { } open)
        {
            context.Dialog = open;
            context.Chosen = LanguageChoice.FromCode(open.Language);
        }

        await next(context);
    }
}
