namespace CoordinatorBot.Cards.Localization;

/// <summary>The two languages of the bot. Danish is the default.</summary>
public enum Language
{
    Danish,
    English,
}

public static class LanguageExtensions
{
    public static CultureInfo Culture(this Language language) =>
        language == Language.English ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("da-DK");

    public static string Code(this Language language) => language == Language.English ? "en" : "da";

    /// <summary>Maps a locale such as "da-DK" or "en-US" to a language; null when it is neither.</summary>
    public static Language? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var primary = locale.Split('-', '_')[0].Trim().ToLowerInvariant();
        return primary switch
        {
            "da" => Language.Danish,
            "en" => Language.English,
            _ => null,
        };
    }

    /// <summary>
    /// The language the bot writes to a person outside a team's channels, once their own choice ("sprog") is known to
    /// be none: the one language all their communities write (many Danes run Teams in English, and a Danish community
    /// is answered in Danish there too); with communities in both languages, or none, their Teams locale; Danish when
    /// nothing says.
    /// </summary>
    public static Language ForPerson(IEnumerable<Language> communityLanguages, string? locale)
    {
        var distinct = communityLanguages.Distinct().Take(2).ToList();
        return distinct.Count == 1 ? distinct[0] : FromLocale(locale) ?? Language.Danish;
    }

    /// <summary>The language of the community's channels.</summary>
    public static Language LanguageOf(this Domain.Communities.Community community) => FromLocale(community.LanguageCode) ?? Language.Danish;
}
