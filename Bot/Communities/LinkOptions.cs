namespace CoordinatorBot.Bot.Communities;

/// <summary>Configuration section "Export": one public address and one signing key for every link the bot signs.</summary>
public sealed class LinkOptions
{
    public const string Section = "Export";

    /// <summary>How long a download link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The bot's public address for links; when empty, the address the request came to.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>A base64 key for signing links; when empty, one is made and shared through Table Storage.</summary>
    public string? SigningKey { get; set; }
}
