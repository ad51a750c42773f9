namespace CoordinatorBot.Domain.Decisions;

/// <summary>One person's current vote on one decision.</summary>
public sealed record Vote(string VoterId, string VoterName, VoteChoice Choice, string? Comment, DateTimeOffset CastAt);
