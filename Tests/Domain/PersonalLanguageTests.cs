namespace CoordinatorBot.Tests.Domain;

/// <summary>The language of a person's own chat when they chose none: their communities', else their locale, else Danish.</summary>
[Trait("Category", "Unit")]
public sealed class PersonalLanguageTests
{
    [Theory]
    [InlineData("da", "en-US", Language.Danish)]
    [InlineData("da,da", "en-GB", Language.Danish)]
    [InlineData("en", "da-DK", Language.English)]
    [InlineData("da,en", "en-US", Language.English)]
    [InlineData("da,en", "da-DK", Language.Danish)]
    [InlineData("da,en", "de-DE", Language.Danish)]
    [InlineData("", "en-US", Language.English)]
    [InlineData("", null, Language.Danish)]
    public void One_language_of_all_their_communities_wins_over_the_locale(string communities, string? locale, Language expected)
    {
        var languages = communities.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => LanguageExtensions.FromLocale(c)!.Value);

        Assert.Equal(expected, LanguageExtensions.ForPerson(languages, locale));
    }
}
