using System.Globalization;

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

    /// <summary>The language of the community's channels.</summary>
    public static Language LanguageOf(this Domain.Communities.Community community) => FromLocale(community.LanguageCode) ?? Language.Danish;
}
