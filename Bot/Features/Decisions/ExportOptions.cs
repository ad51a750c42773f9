namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>Configuration section "Export".</summary>
public sealed class ExportOptions
{
    public const string Section = "Export";

    /// <summary>How long a download link works.</summary>
    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The bot's public address for links; when empty, the address the request came to.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>A base64 key for signing links; when empty, one is made and shared through Table Storage.</summary>
    public string? SigningKey { get; set; }
}
