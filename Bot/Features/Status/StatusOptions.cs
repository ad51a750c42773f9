namespace CoordinatorBot.Bot.Features.Status;

/// <summary>The chart links' lifetime, in the links' section ("Export") beside their address and key.</summary>
public sealed class StatusOptions
{
    public const string Section = "Export";

    /// <summary>
    /// How long a chart's link works. Longer than a download's: the picture sits on a card in the channel that people
    /// open for weeks, and the numbers it shows are stated in its alt text when the link has run out.
    /// </summary>
    public TimeSpan ChartLinkLifetime { get; set; } = TimeSpan.FromDays(30);
}
