namespace CoordinatorBot.Storage.Dialogs;

/// <summary>
/// Where one person is in a guided dialog in one place (a chat, or a channel with all its threads), what they answered
/// so far, and where the card that asks the current question is (its thread and activity id), so a typed answer can
/// turn that card read-only.
/// </summary>
public sealed record DialogState(string DialogId, int Step, IReadOnlyDictionary<string, string> Answers, string? CommunityId, string Language,
    DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, string? PromptConversationId = null, string? PromptActivityId = null);
