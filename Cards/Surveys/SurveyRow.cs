using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Cards.Surveys;

/// <summary>A survey in the list, with how many answered.</summary>
public sealed record SurveyRow(Survey Survey, int Answers);
