namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>What became of an answer, and the id of the answer stored (to put on the answerer's card).</summary>
public sealed record AnswerOutcome(AnswerOutcomeKind Kind, string? AnswerId);
