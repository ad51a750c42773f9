namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>Configuration section "Graph": where and as whom the bot books meetings in Microsoft 365.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    public Uri BaseUrl { get; set; } = new("https://graph.microsoft.com/v1.0");

    public string? TenantId { get; set; }

    /// <summary>The app registration's client id, or a user-assigned managed identity's.</summary>
    public string? ClientId { get; set; }

    /// <summary>With a secret the app signs in as the app registration; without, as the managed identity.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The mailbox that organises meetings unless a community's setup names another; none: no booking through Graph.</summary>
    public string? Organizer { get; set; }
}
