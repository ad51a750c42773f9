using System.Globalization;
using System.Resources;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Setup;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Tests.Cards;

/// <summary>Every text exists in Danish and in English, and they are not the same words.</summary>
[Trait("Category", "Unit")]
public sealed class TextsTests
{
    private static readonly ResourceManager Resources = new("CoordinatorBot.Cards.Localization.Texts", typeof(Texts).Assembly);

    [Fact]
    public void Danish_and_English_have_the_same_keys_and_no_empty_text()
    {
        var danish = Keys(CultureInfo.InvariantCulture);
        var english = Keys(CultureInfo.GetCultureInfo("en"));

        Assert.Equal(danish.Keys.Order(), english.Keys.Order());
        Assert.All(danish.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_text_property_resolves_in_both_languages_and_most_differ()
    {
        var properties = typeof(Texts).GetProperties().Where(p => p.PropertyType == typeof(string)).ToList();
        var da = new Texts(Language.Danish);
        var en = new Texts(Language.English);

        var same = properties.Where(p => (string)p.GetValue(da)! == (string)p.GetValue(en)!).Select(p => p.Name).ToList();

        // Words that are spelled the same in Danish and English.
        string[] alike = ["Person", "Status", "Type", "CoordinatorBot", "Start"];
        Assert.True(properties.Count > 100);
        Assert.True(same.All(p => alike.Contains((string)typeof(Texts).GetProperty(p)!.GetValue(da)!)), $"Not translated: {string.Join(", ", same)}");
    }

    [Fact]
    public void Every_command_role_and_time_zone_has_words_in_both_languages()
    {
        foreach (var texts in new[] { new Texts(Language.Danish), new Texts(Language.English) })
        {
            foreach (var id in typeof(CommandIds).GetFields().Select(f => (string)f.GetValue(null)!))
            {
                Assert.NotEmpty(texts.CommandWords(id));
                Assert.NotEmpty(texts.CommandDescription(id));
            }

            Assert.All(Enum.GetValues<Role>(), r => Assert.NotEmpty(texts.RoleName(r)));
            Assert.All(SetupCard.TimeZones, z => Assert.NotEmpty(texts.TimeZoneName(z)));
            Assert.All(CoordinatorBot.Domain.Onboarding.ChecklistTemplate.Default.Steps, s => Assert.NotEmpty(texts.StepTitle(s.DefaultKey, s.Title)));
            Assert.All(Enum.GetValues<CoordinatorBot.Domain.Onboarding.MembershipModel>(), m => Assert.NotEmpty(texts.ModelName(m)));
        }
    }

    [Fact]
    public void Numbers_and_lists_follow_the_language()
    {
        Assert.Equal("7,5", new Texts(Language.Danish).Number(7.5m));
        Assert.Equal("7.5", new Texts(Language.English).Number(7.5m));
        Assert.Equal("a, b og c", new Texts(Language.Danish).JoinList(["a", "b", "c"]));
        Assert.Equal("a and b", new Texts(Language.English).JoinList(["a", "b"]));
    }

    private static Dictionary<string, string> Keys(CultureInfo culture)
    {
        using var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
