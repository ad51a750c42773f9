using CoordinatorBot.Storage.Dialogs;

namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>
/// Runs guided dialogs. The state lives in Table Storage per place (a chat, or a channel with all its threads) and
/// person, so a dialog survives a restart and a second instance, and in a channel a new post answers as well as a
/// reply in the thread. While a dialog is open, the person's messages are answers, except "annullér"/"cancel",
/// "tilbage"/"back" and help; an answer that does not pass is asked again with the reason; a dialog left alone for a
/// day expires, and says so. Each question is a card of its own: once it is answered, or the dialog moves on or ends,
/// it becomes read-only, so only the newest card has inputs and buttons.
/// </summary>
public sealed partial class DialogRunner(IEnumerable<IDialog> dialogs, DialogStore store, TimeProvider time, ILogger<DialogRunner> logger)
{
    public static readonly TimeSpan Expiry = TimeSpan.FromDays(1);

    private const string ThreadSuffix = ";messageid=";
    private static readonly Texts[] Languages = [new(Language.Danish), new(Language.English)];
    private readonly Dictionary<string, IDialog> _dialogs = dialogs.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>
    /// Starts (or restarts) a dialog for the person here and sends its first question below; a pressed card is only
    /// told so, and stays as it is. A dialog the person had open here is replaced, and its card turned read-only.
    /// </summary>
    public async Task<Reply> StartAsync(Turn turn, string dialogId)
    {
        if (await FindAsync(turn.Activity, turn.CancellationToken) is { } replaced && _dialogs.TryGetValue(replaced.DialogId, out var old))
        {
            await MakeReadOnlyAsync(turn, replaced, Closed(turn, old, replaced, turn.Texts.DialogReplaced));
        }

        var now = time.GetUtcNow();
        var state = new DialogState(dialogId, 0, new Dictionary<string, string>(), (turn as CommunityTurn)?.Community.Id, turn.Language.Code(), now, now);
        await AskBelowAsync(turn, _dialogs[dialogId], state, problem: null, accepted: null);
        return Reply.AlreadySent(turn.Texts.AnsweredBelow);
    }

    /// <summary>The person's open dialog where the activity was written (one table read); null when there is none.</summary>
    public async Task<DialogState?> FindAsync(Activity activity, CancellationToken cancellationToken) =>
        activity.From?.AadObjectId is { Length: > 0 } person && activity.Conversation?.Id is not null
            ? await store.GetAsync(PlaceOf(activity), person, cancellationToken)
            : null;

    /// <summary>
    /// A typed message (in the thread, or a new post in the same channel) as the answer to <paramref name="state"/>,
    /// found by <see cref="FindAsync"/>: the card that asked turns read-only, and the next question, or the outcome,
    /// comes below.
    /// </summary>
    public Task<Reply> AnswerTypedAsync(Turn turn, DialogState state, string text) =>
        MoveAsync(turn, state, DialogMove.Answer, text, pressed: false);

    /// <summary>
    /// A button on the question card: the card that replaces the pressed one (read-only once answered, or the question
    /// again with the reason); the next question comes below.
    /// </summary>
    public async Task<Reply> PressAsync(Turn turn, DialogMove move, string? answer) =>
        await FindAsync(turn.Activity, turn.CancellationToken) is { } state
            ? await MoveAsync(turn, state, move, answer, pressed: true)
            : Reply.WithText(turn.Texts.DialogNoActive);

    private async Task<Reply> MoveAsync(Turn turn, DialogState state, DialogMove move, string? answer, bool pressed)
    {
        var place = PlaceOf(turn.Activity);
        var person = turn.ActorId!;
        if (!_dialogs.TryGetValue(state.DialogId, out var dialog))
        {
            await store.DeleteAsync(place, person, turn.CancellationToken);
            return Reply.WithText(turn.Texts.DialogNoActive);
        }

        // A card in a channel is seen by everyone: a press counts only on the card that asks this person's question now.
        if (pressed && state.PromptActivityId is { } asking && turn.Activity.ReplyToId is { Length: > 0 } card && card != asking)
        {
            return Reply.WithText(turn.Texts.DialogNotThisCard);
        }

        var now = time.GetUtcNow();
        if (now - state.UpdatedAt > Expiry)
        {
            await store.DeleteAsync(place, person, turn.CancellationToken);
            return await CloseAsync(turn, state, Closed(turn, dialog, state, turn.Texts.DialogExpired), pressed,
                pressed ? null : Reply.WithText(turn.Texts.DialogExpired));
        }

        if (move == DialogMove.Answer && answer is not null)
        {
            move = ControlWord(answer) ?? move;
        }

        switch (move)
        {
            case DialogMove.Cancel:
                await store.DeleteAsync(place, person, turn.CancellationToken);
                return await CloseAsync(turn, state, Closed(turn, dialog, state, turn.Texts.DialogCancelled), pressed,
                    pressed ? null : Reply.WithText(turn.Texts.DialogCancelled));
            case DialogMove.Back:
                var back = state with
                {
                    Step = Math.Max(0, state.Step - 1),
                    Answers = state.Answers.Where(a => a.Key != dialog.Steps[Math.Max(0, state.Step - 1)].Key).ToDictionary(),
                    UpdatedAt = now,
                };
                return await AskAgainAsync(turn, dialog, state, back, problem: null, pressed);
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
            return await AskAgainAsync(turn, dialog, state, state with { UpdatedAt = now },
                new Notice(checkedAnswer.Problem!, IsProblem: !checkedAnswer.AsksForMore), pressed);
        }

        var shown = Shown(turn.Texts, step, checkedAnswer);
        var answered = DialogSummaryCard.Answered(turn.Texts, state.Step + 1, dialog.Steps.Count, step.Label(turn.Texts), shown);
        var answers = new Dictionary<string, string>(state.Answers) { [step.Key] = checkedAnswer.Value! };
        if (state.Step + 1 < dialog.Steps.Count)
        {
            var reply = await CloseAsync(turn, state, answered, pressed, then: null);
            // A typed answer may be a new post far from the card it answered, so the next card says how it was read;
            // a pressed card shows that itself, right above.
            await AskBelowAsync(turn, dialog, state with { Step = state.Step + 1, Answers = answers, UpdatedAt = now }, problem: null,
                accepted: pressed ? null : shown);
            return reply;
        }

        await store.DeleteAsync(place, person, turn.CancellationToken);
        return await CloseAsync(turn, state, answered, pressed, await dialog.CompleteAsync(turn, answers));
    }

    /// <summary>
    /// The same step asked again (with the reason), or the step before: a pressed card changes in place; after a typed
    /// answer the old card turns read-only and the question comes below, next to what the person wrote.
    /// </summary>
    private async Task<Reply> AskAgainAsync(Turn turn, IDialog dialog, DialogState current, DialogState next, Notice? problem, bool pressed)
    {
        if (pressed)
        {
            await store.SaveAsync(PlaceOf(turn.Activity), turn.ActorId!, next, turn.CancellationToken);
            return Reply.WithCard(await PromptAsync(turn, dialog, next, problem, accepted: null));
        }

        await MakeReadOnlyAsync(turn, current, Closed(turn, dialog, current, turn.Texts.DialogContinuedBelow));
        await AskBelowAsync(turn, dialog, next, problem, accepted: null);
        return Reply.AlreadySent(turn.Texts.AnsweredBelow);
    }

    /// <summary>
    /// Ends the asking card's life: a pressed card is replaced by <paramref name="card"/> through the invoke response;
    /// after a typed answer the stored card is updated. <paramref name="then"/> follows below.
    /// </summary>
    private async Task<Reply> CloseAsync(Turn turn, DialogState state, AdaptiveCard card, bool pressed, Reply? then)
    {
        if (pressed)
        {
            if (then is not null)
            {
                await turn.SendAsync(then);
            }

            return Reply.WithCard(card);
        }

        await MakeReadOnlyAsync(turn, state, card);
        return then ?? Reply.AlreadySent(turn.Texts.AnsweredBelow);
    }

    /// <summary>Sends the step's question below and keeps where that card is, so a typed answer can make it read-only.</summary>
    private async Task AskBelowAsync(Turn turn, IDialog dialog, DialogState state, Notice? problem, string? accepted)
    {
        var sent = await turn.SendAsync(Reply.WithCard(await PromptAsync(turn, dialog, state, problem, accepted)));
        await store.SaveAsync(PlaceOf(turn.Activity), turn.ActorId!, state with
        {
            PromptConversationId = turn.Activity.Conversation!.Id, PromptActivityId = sent,
        }, turn.CancellationToken);
    }

    /// <summary>Updates the card that asked; it only tidies the thread, so a failure is logged and the dialog goes on.</summary>
    private async Task MakeReadOnlyAsync(Turn turn, DialogState state, AdaptiveCard card)
    {
        if (state.PromptActivityId is not { } activityId)
        {
            return;
        }

        try
        {
            await turn.UpdateAsync(activityId, Reply.WithCard(card), state.PromptConversationId);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException)
        {
            LogPromptNotUpdated(logger, e, state.DialogId);
        }
    }

    private async Task<AdaptiveCard> PromptAsync(Turn turn, IDialog dialog, DialogState state, Notice? problem, string? accepted)
    {
        var step = dialog.Steps[state.Step];
        IReadOnlyList<Choice> choices = step.Kind == DialogStepKind.YesNo
            ? [new(turn.Texts.DialogYes, "true"), new(turn.Texts.DialogNo, "false")]
            : step.Choices is null ? [] : await step.Choices(turn);
        var inChannel = turn.Activity.Conversation?.ConversationType == ConversationTypes.Channel;
        return DialogPromptCard.Compose(turn.Texts, step.Question(turn.Texts), state.Step + 1, dialog.Steps.Count,
            Kind(step.Kind), choices, problem, state.Answers.GetValueOrDefault(step.Key), accepted, inChannel ? turn.BotName : null);
    }

    private static AdaptiveCard Closed(Turn turn, IDialog dialog, DialogState state, string note) =>
        DialogSummaryCard.Closed(turn.Texts, state.Step + 1, dialog.Steps.Count, dialog.Steps[state.Step].Question(turn.Texts), note);

    private static string Shown(Texts texts, DialogStep step, StepAnswer answer) =>
        step.Kind == DialogStepKind.YesNo ? (answer.Value == "true" ? texts.DialogYes : texts.DialogNo) : answer.Shown ?? answer.Value!;

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

    /// <summary>
    /// Where a dialog belongs. In a channel every thread is a conversation of its own ("19:…@thread.tacv2;messageid=…")
    /// and a new post starts another, so the dialog is kept under the channel without the suffix: one per person per
    /// channel, answered from any of its threads. Rows kept under a thread's full id before this change are never read
    /// again; those dialogs are gone, as if they had expired.
    /// </summary>
    public static string PlaceOf(Activity activity)
    {
        var id = activity.Conversation!.Id!;
        var suffix = id.IndexOf(ThreadSuffix, StringComparison.OrdinalIgnoreCase);
        return suffix < 0 ? id : id[..suffix];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The answered card of dialog {DialogId} could not be made read-only")]
    private static partial void LogPromptNotUpdated(ILogger logger, Exception exception, string dialogId);
}
