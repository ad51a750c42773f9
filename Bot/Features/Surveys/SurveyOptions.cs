namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>Surveys:* settings.</summary>
public sealed class SurveyOptions
{
    public const string Section = "Surveys";

    /// <summary>How long a results card's chart links work: the card may be looked at again later.</summary>
    public TimeSpan ChartLinkLifetime { get; set; } = TimeSpan.FromDays(30);
}
