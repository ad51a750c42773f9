namespace CoordinatorBot.Domain.Surveys;

/// <summary>What is wrong with a composed survey; <see cref="Question"/> is the question's index, where it is one's.</summary>
public sealed record ComposeProblem(ComposeProblemKind Kind, int? Question = null);
