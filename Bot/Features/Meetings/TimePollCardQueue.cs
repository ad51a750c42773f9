namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>Time polls whose card in the channel should show the answers as they stand.</summary>
public sealed class TimePollCardQueue : CardUpdateQueue<(string CommunityId, string PollId)>;
