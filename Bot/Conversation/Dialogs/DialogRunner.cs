using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Text;
using CoordinatorBot.Storage.Dialogs;

namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>
/// Runs guided dialogs. The state lives in Table Storage per conversation and person, so a dialog survives a restart
/// and a second instance. While a dialog is open, the person's messages are answers, except "annullér"/"cancel",
/// "tilbage"/"back" and help; an answer that does not pass is asked again with the reason; a dialog left alone for a
/// day expires, and says so.
/// </summary>
public sealed class DialogRunner(IEnumerable<IDialog> dialogs, DialogStore store, TimeProvider time)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(1);

    private static readonly Texts[] Languages = [new(Language.Danish), new(Language.English)];
    private readonly Dictionary<string, IDialog> _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Starts (or restarts) a dialog for the person in this conversation and asks its first question.</summary>
    public async Task<Reply> StartAsync(Turn turn, string dialogId)
    {
        var now = time.GetUtcNow();
        var state = new DialogState(dialogId, 0, new Dictionary<string, string>(), (turn as CommunityTurn)?.Community.Id, turn.Language.Code(), now, now);
        await store.SaveAsync(ConversationOf(turn), turn.ActorId!, state, turn.CancellationToken);
        return await AskAsync(turn, _dialogs[dialogId], state, problem: null);
    }

    /// <summary>
    /// Takes a typed message or a card's answer as the answer to the open dialog. Null when the person has no open
    /// dialog here (the message is then a command as usual).
    /// </summary>
    public async Task<Reply?> AnswerAsync(Turn turn, DialogMove move, string? answer)
    {
        if (turn.ActorId is not { } person || turn.Activity.Conversation?.Id is null)
        {
            return null;
        }

        var conversation = ConversationOf(turn);
        var state = await store.GetAsync(conversation, person, turn.CancellationToken);
        if (state is null || !_dialogs.TryGetValue(state.DialogId, out var dialog))
        {
            return move == DialogMove.Answer && answer is not null ? null : Reply.WithText(turn.Texts.DialogNoActive);
        }

        var now = time.GetUtcNow();
        if (now - state.UpdatedAt > Expiry)
        {
            await store.DeleteAsync(conversation, person, turn.CancellationToken);
            return Reply.WithText(turn.Texts.DialogExpired);
        }

        if (move == DialogMove.Answer && answer is not null)
        {
            move = ControlWord(answer) ?? move;
        }

        switch (move)
        {
            case DialogMove.Cancel:
                await store.DeleteAsync(conversation, person, turn.CancellationToken);
                return Reply.WithText(turn.Texts.DialogCancelled);
            case DialogMove.Back:
                var back = state with
                {
                    Step = Math.Max(0, state.Step - 1),
                    Answers = state.Answers.Where(a => a.Key != dialog.Steps[Math.Max(0, state.Step - 1)].Key).ToDictionary(),
                    UpdatedAt = now,
                };
                await store.SaveAsync(conversation, person, back, turn.CancellationToken);
                return await AskAsync(turn, dialog, back, problem: null);
        }

        var step = dialog.Steps[state.Step];
        var checkedAnswer = string.IsNullOrWhiteSpace(answer)
            ? StepAnswer.Invalid(turn.Texts.DialogRequired)
            : TextLimits.Exceeds(answer, TextLimits.DialogAnswer) ? StepAnswer.Invalid(turn.Texts.TextTooLong(turn.Texts.DialogAnswerLabel, TextLimits.DialogAnswer))
            : step.Kind == DialogStepKind.YesNo && YesOrNo(answer) is null
                ? StepAnswer.Invalid(turn.Texts.DialogInvalidChoice(turn.Texts.JoinAlternatives([turn.Texts.DialogYes, turn.Texts.DialogNo])))
                : await step.Check(turn, step.Kind == DialogStepKind.YesNo ? YesOrNo(answer)! : answer.Trim());
        if (!checkedAnswer.IsValid)
        {
            await store.SaveAsync(conversation, person, state with { UpdatedAt = now }, turn.CancellationToken);
            return await AskAsync(turn, dialog, state, checkedAnswer.Problem);
        }

        var answers = new Dictionary<string, string>(state.Answers) { [step.Key] = checkedAnswer.Value! };
        if (state.Step + 1 < dialog.Steps.Count)
        {
            var next = state with { Step = state.Step + 1, Answers = answers, UpdatedAt = now };
            await store.SaveAsync(conversation, person, next, turn.CancellationToken);
            return await AskAsync(turn, dialog, next, problem: null, accepted: checkedAnswer.Shown);
        }

        await store.DeleteAsync(conversation, person, turn.CancellationToken);
        return await dialog.CompleteAsync(turn, answers);
    }

    /// <summary>Whether the person has a dialog open in this conversation, and in which language it was started.</summary>
    public async Task<Language?> OpenDialogLanguageAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.From?.AadObjectId is { } person && activity.Conversation?.Id is not null &&
        await store.GetAsync(ConversationOf(activity), person, cancellationToken) is { } state
            ? LanguageChoice.FromCode(state.Language)
            : null;

    private async Task<Reply> AskAsync(Turn turn, IDialog dialog, DialogState state, string? problem, string? accepted = null)
    {
        var step = dialog.Steps[state.Step];
        IReadOnlyList<Cards.Model.Choice> choices = step.Kind == DialogStepKind.YesNo
            ? [new(turn.Texts.DialogYes, "true"), new(turn.Texts.DialogNo, "false")]
            : step.Choices is null ? [] : await step.Choices(turn);
        return Reply.WithCard(DialogPromptCard.Compose(turn.Texts, step.Question(turn.Texts), state.Step + 1, dialog.Steps.Count,
            Kind(step.Kind), choices, problem, state.Answers.GetValueOrDefault(step.Key), accepted));
    }

    private static DialogPromptCard.InputKind Kind(DialogStepKind kind) => kind switch
    {
        DialogStepKind.Choice or DialogStepKind.YesNo => DialogPromptCard.InputKind.Choice,
        DialogStepKind.Date => DialogPromptCard.InputKind.Date,
        DialogStepKind.Person => DialogPromptCard.InputKind.Person,
        _ => DialogPromptCard.InputKind.Text,
    };

    /// <summary>A yes/no answer as "true" or "false", in either language; null when it is neither.</summary>
    private static string? YesOrNo(string text)
    {
        var folded = TextFolding.Fold(text.Trim());
        bool Is(Func<Texts, string> word) => folded is "true" or "false" ? false : Languages.Any(t => TextFolding.Fold(word(t)) == folded);
        return folded is "true" or "false" ? folded : Is(t => t.DialogYes) ? "true" : Is(t => t.DialogNo) ? "false" : null;
    }

    private static DialogMove? ControlWord(string text)
    {
        var folded = TextFolding.Fold(text.Trim());
        bool Is(string key) => Languages.Any(t => t.Words(key).Any(w => TextFolding.Fold(w) == folded));
        return Is(nameof(Texts.DialogCancelWords)) ? DialogMove.Cancel : Is(nameof(Texts.DialogBackWords)) ? DialogMove.Back : null;
    }

    // A reply thread in a channel is its own conversation; the dialog belongs to where it was started.
    private static string ConversationOf(Turn turn) => ConversationOf(turn.Activity);

    private static string ConversationOf(Activity activity) => activity.Conversation!.Id!;
}
