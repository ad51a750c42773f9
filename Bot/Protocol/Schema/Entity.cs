namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>An entity of an activity: a mention (with <see cref="Mentioned"/> and <see cref="Text"/>), clientInfo, ...</summary>
public sealed record Entity(string? Type = null, ChannelAccount? Mentioned = null, string? Text = null, string? Locale = null)
    : ExtensibleRecord;
