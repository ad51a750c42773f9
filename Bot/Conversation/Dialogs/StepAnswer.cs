namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>
/// An answer checked by its step: the value to keep (and how to show it back, e.g. the municipality a typo was read
/// as), or the reason to ask again.
/// </summary>
public sealed record StepAnswer(string? Value, string? Problem, string? Shown = null)
{
    public bool IsValid => Problem is null;

    public static StepAnswer Valid(string value, string? shown = null) => new(value, null, shown ?? value);

    public static StepAnswer Invalid(string problem) => new(null, problem);
}
