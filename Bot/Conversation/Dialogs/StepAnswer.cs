namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>
/// An answer checked by its step: the value to keep (and how to show it back, e.g. the municipality a typo was read
/// as), or the reason to ask again — a problem, or a note that asks for more without calling the answer wrong.
/// </summary>
public sealed record StepAnswer(string? Value, string? Problem, string? Shown = null, bool AsksForMore = false)
{
    public bool IsValid => Problem is null;

    public static StepAnswer Valid(string value, string? shown = null) => new(value, null, shown ?? value);

    public static StepAnswer Invalid(string problem) => new(null, problem);

    /// <summary>The same step again, with a note that is no complaint (e.g. "Skriv navnet på den nye leverandør.").</summary>
    public static StepAnswer AskForMore(string note) => new(null, note, AsksForMore: true);
}
