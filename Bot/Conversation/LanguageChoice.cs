namespace CoordinatorBot.Bot.Conversation;

/// <summary>A language from a card's language code.</summary>
public static class LanguageChoice
{
    public static Language? FromCode(string? code) => code switch
    {
        "da" => Language.Danish,
        "en" => Language.English,
        _ => null,
    };
}
