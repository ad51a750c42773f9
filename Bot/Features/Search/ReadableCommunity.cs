namespace CoordinatorBot.Bot.Features.Search;

/// <summary>A community whose records the person may read (<see cref="Domain.Search.RecordAccess"/>), with their row there.</summary>
public sealed record ReadableCommunity(Community Community, Member Member);
