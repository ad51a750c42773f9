using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Localization;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Which language to answer in. The person's own choice speaks loudest: the language of the card they pressed, then
/// the language of a command word that exists in only one language ("hjælp", "help"); then the activity's locale;
/// Danish when nothing says otherwise.
/// </summary>
public static class LanguageChoice
{
    public static Language For(Activity activity, Language? chosen = null) =>
        chosen ?? LanguageExtensions.FromLocale(activity.Locale) ?? Language.Danish;

    public static Language? FromCode(string? code) => code switch
    {
        "da" => Language.Danish,
        "en" => Language.English,
        _ => null,
    };
}
