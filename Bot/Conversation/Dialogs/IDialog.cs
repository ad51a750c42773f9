namespace CoordinatorBot.Bot.Conversation.Dialogs;

/// <summary>A guided dialog: a sequence of questions, and what to do with the answers.</summary>
public interface IDialog
{
    string Id { get; }

    IReadOnlyList<DialogStep> Steps { get; }

    /// <summary>Runs when the last question is answered; the answers are keyed by step.</summary>
    Task<Reply> CompleteAsync(Turn turn, IReadOnlyDictionary<string, string> answers);
}
