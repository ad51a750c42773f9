using System.Text.Json.Serialization;

namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>
/// A Bot Framework activity as Teams sends and receives it; what it does not model is kept (<see cref="ExtensibleRecord"/>).
/// </summary>
public sealed record Activity : ExtensibleRecord
{
    public string? Type { get; init; }
    public string? Id { get; init; }
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public string? Text { get; init; }
    public string? TextFormat { get; init; }
    public string? Locale { get; init; }
    public string? ReplyToId { get; init; }
    public string? Name { get; init; }
    public JsonElement? Value { get; init; }
    public string? Action { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<Entity>? Entities { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>
    /// Set by the endpoint, never read from the wire: the service URL was vouched for by the Bot Connector's token
    /// (its serviceurl claim), so it may be stored as a community's or person's address.
    /// </summary>
    [JsonIgnore]
    public bool ServiceUrlVouched { get; init; }

    /// <summary>The mentions in <see cref="Entities"/>.</summary>
    [JsonIgnore]
    public IEnumerable<Entity> Mentions => Entities?.Where(e => e.Type == EntityTypes.Mention) ?? [];

    /// <summary>The Teams team this activity happened in, when it happened in a team.</summary>
    [JsonIgnore]
    public string? TeamId => ChannelData?.Team?.Id;

    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? ChannelData?.Tenant?.Id;

    [JsonIgnore]
    public bool IsPersonal => Conversation?.ConversationType == ConversationTypes.Personal;
}
