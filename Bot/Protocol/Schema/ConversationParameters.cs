namespace CoordinatorBot.Bot.Protocol.Schema;

/// <summary>The body of POST v3/conversations, e.g. to open a 1:1 chat for a proactive message.</summary>
public sealed record ConversationParameters
{
    public bool? IsGroup { get; init; }
    public ChannelAccount? Bot { get; init; }
    public IReadOnlyList<ChannelAccount>? Members { get; init; }
    public string? TopicName { get; init; }
    public string? TenantId { get; init; }
    public Activity? Activity { get; init; }
    public TeamsChannelData? ChannelData { get; init; }
}

public sealed record ConversationResourceResponse(string? Id, string? ActivityId = null, string? ServiceUrl = null);

public sealed record ResourceResponse(string? Id);

/// <summary>A member as the Teams roster lists them.</summary>
public sealed record TeamsChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Email { get; init; }
    public string? UserPrincipalName { get; init; }
    public string? TenantId { get; init; }
    public string? UserRole { get; init; }
}

public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<TeamsChannelAccount>? Members);
