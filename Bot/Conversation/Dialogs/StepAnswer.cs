namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>An answer checked by its step: the value to keep, or the reason to ask again.</summary>
public sealed record StepAnswer(string? Value, string? Problem)
{
    public bool IsValid => Problem is null;

    public static StepAnswer Valid(string value) => new(value, null);

    public static StepAnswer Invalid(string problem) => new(null, problem);
}
