namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>
/// One question of a dialog: what it asks, the short label its answered card shows ("Kommune"), how an answer is
/// checked, and (for a choice) what can be chosen.
/// </summary>
public sealed record DialogStep(
    string Key,
    DialogStepKind Kind,
    Func<Texts, string> Question,
    Func<Texts, string> Label,
    Func<Turn, string, Task<StepAnswer>> Check,
    Func<Turn, Task<IReadOnlyList<Choice>>>? Choices = null);
