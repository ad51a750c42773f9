namespace CoordinatorBot.Domain.Communities;

/// <summary>The bot's 1:1 chat with one person, kept for proactive messages (nudges, reminders).</summary>
/// <param name="UserId">The person's Teams id in this bot ("29:..."), needed to address them.</param>
/// <param name="ChosenLanguage">The language the person chose with "sprog"/"language" ("da", "en"); it outweighs their locale.</param>
/// <param name="CurrentCommunity">The community the person's personal chat is about until they choose another (for a
/// person with roles in several).</param>
public sealed record PersonalConversation(
    string TenantId, string AadObjectId, string UserId, string? Name, ChannelAddress Address, string? Locale, bool IsActive,
    string? ChosenLanguage = null, string? CurrentCommunity = null)
{
    /// <summary>The person's own language: their choice, else their Teams locale.</summary>
    public string? LanguageCode => ChosenLanguage ?? Locale;
}
