using System.Text.Json.Serialization;

namespace CoordinatorBot.Cards.Model;

/// <summary>An Adaptive Card, version 1.5: the highest version Teams renders for bots.</summary>
public sealed record AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyName("$schema")]
    public string Schema => SchemaUrl;

    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version => "1.5";

    /// <summary>The language of the card's texts, e.g. "da" or "en".</summary>
    public string? Lang { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Makes clients ask the bot for a person-specific version of the card (Universal Actions).</summary>
    public Refresh? Refresh { get; init; }

    /// <summary>Teams' own card properties: the people the card's text @mentions, so that Teams notifies them.</summary>
    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Teams { get; init; }

    /// <summary>Shown by clients that cannot render the card, and in notifications.</summary>
    public string? FallbackText { get; init; }
}
