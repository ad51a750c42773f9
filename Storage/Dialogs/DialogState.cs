namespace CoordinatorBot.Storage.Dialogs;

/// <summary>Where one person is in a guided dialog in one conversation, and what they answered so far.</summary>
public sealed record DialogState(string DialogId, int Step, IReadOnlyDictionary<string, string> Answers, string? CommunityId, string Language,
    DateTimeOffset StartedAt, DateTimeOffset UpdatedAt);
