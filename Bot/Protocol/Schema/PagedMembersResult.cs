namespace CoordinatorBot.Bot.Protocol.Schema;

public sealed record PagedMembersResult(string? ContinuationToken, IReadOnlyList<TeamsChannelAccount>? Members);
