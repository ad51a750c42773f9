using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Localization;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>Languages from what an activity or a card says: its locale, or a card's language code.</summary>
public static class LanguageChoice
{
    /// <summary>The activity's locale as a language; Danish when it is neither Danish nor English.</summary>
    public static Language For(Activity activity) => LanguageExtensions.FromLocale(activity.Locale) ?? Language.Danish;

    public static Language? FromCode(string? code) => code switch
    {
        "da" => Language.Danish,
        "en" => Language.English,
        _ => null,
    };
}
