using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Storage.Surveys;

/// <summary>A survey's answers as stored: the people's (anonymous ones name nobody) and the municipalities'.</summary>
public sealed record SurveySnapshot(IReadOnlyList<SurveyAnswer> Answers, IReadOnlyList<MunicipalityAnswer> Municipalities);
