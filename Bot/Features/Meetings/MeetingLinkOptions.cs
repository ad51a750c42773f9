namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>The download links' settings, shared with the decision export: configuration section "Export".</summary>
public sealed class MeetingLinkOptions
{
    public const string Section = "Export";

    public TimeSpan LinkLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public Uri? PublicBaseUrl { get; set; }

    public string? SigningKey { get; set; }
}
