namespace CoordinatorBot.Domain.Surveys;

/// <summary>
/// One person's answer to a survey: per question (by its index) the values given — a scale's number, the chosen
/// options' indexes, a free text. An anonymous survey's answer names nobody (<see cref="RespondentId"/> is null) and
/// is kept under a random id; a named one says whose it is.
/// </summary>
public sealed record SurveyAnswer
{
    public required string Id { get; init; }
    public required int Survey { get; init; }
    public required IReadOnlyDictionary<int, IReadOnlyList<string>> Values { get; init; }
    public string? RespondentId { get; init; }
    public string? RespondentName { get; init; }
}
