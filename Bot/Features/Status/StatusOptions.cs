namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// The chart links' settings. They read the export's section ("Export"), so that one public address and one signing
/// key serve every signed link the bot gives out.
/// </summary>
public sealed class StatusOptions
{
    public const string Section = "Export";

    /// <summary>The bot's public address for links; when empty, the address the request came to.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>A base64 key for signing links; when empty, the one shared through Table Storage.</summary>
    public string? SigningKey { get; set; }

    /// <summary>
    /// How long a chart's link works. Longer than a download's: the picture sits on a card in the channel that people
    /// open for weeks, and the numbers it shows are stated in its alt text when the link has run out.
    /// </summary>
    public TimeSpan ChartLinkLifetime { get; set; } = TimeSpan.FromDays(30);
}
