namespace CoordinatorBot.Domain.Surveys;

/// <summary>
/// A municipality's one answer to a question asked per municipality: the last of its contact persons' answers counts
/// (as a wish's support is one per municipality). It names the municipality, not the person, also in an anonymous survey.
/// </summary>
public sealed record MunicipalityAnswer(int Survey, int Question, string Municipality, IReadOnlyList<string> Values);
