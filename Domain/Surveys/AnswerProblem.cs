namespace CoordinatorBot.Domain.Surveys;

/// <summary>Why an answer was not taken: which question (by its index) and what was wrong.</summary>
public sealed record AnswerProblem(int Question, AnswerProblemKind Kind);
