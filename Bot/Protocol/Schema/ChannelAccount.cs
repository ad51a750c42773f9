namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>A person or bot in a conversation. <see cref="AadObjectId"/> is the stable identity of a person.</summary>
public sealed record ChannelAccount(string? Id = null, string? Name = null, string? AadObjectId = null, string? Role = null)
    : ExtensibleRecord;
