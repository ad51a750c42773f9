namespace CoordinatorBot.Bot.Features.People;

/// <summary>The download links' settings, shared with the other exports: configuration section "Export".</summary>
public sealed class PersonalDataLinkOptions
{
    public const string Section = "Export";

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public Uri? PublicBaseUrl { get; set; }

    public string? SigningKey { get; set; }
}
