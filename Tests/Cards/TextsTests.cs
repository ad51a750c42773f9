namespace CoordinatorBot.Tests.Cards;

/// <summary>Every text exists in Danish and in English, and they are not the same words.</summary>
[Trait("Category", "Unit")]
public sealed class TextsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    [Fact]
    public void Every_key_of_every_texts_file_has_a_Danish_and_an_English_text()
    {
        Assert.True(Texts.Files.Count >= 10, $"Only {Texts.Files.Count} texts files");
        foreach (var file in Texts.Files)
        {
            var danish = file.In(CultureInfo.InvariantCulture);
            var english = file.In(English);

            Assert.True(file.Keys.Count > 0, $"{file.Name} has no texts");
            Assert.Equal(file.Keys.Order(), danish.Keys.Order());
            Assert.Equal(file.Keys.Order(), english.Keys.Order());
            Assert.All(file.Keys, key =>
            {
                Assert.False(string.IsNullOrWhiteSpace(danish[key]), $"{file.Name}: '{key}' has no Danish text");
                Assert.False(string.IsNullOrWhiteSpace(english[key]), $"{file.Name}: '{key}' has no English text");
            });
        }
    }

    [Fact]
    public void Every_generated_text_reads_its_own_file_in_both_languages_and_most_differ()
    {
        var properties = typeof(Texts).GetProperties().Where(p => p.PropertyType == typeof(string)).ToList();
        var keys = Texts.Files.SelectMany(f => f.Keys).ToHashSet();
        var da = new Texts(Language.Danish);
        var en = new Texts(Language.English);

        // A generated property returns its key when its file's resources lack it.
        Assert.All(properties.Where(p => keys.Contains(p.Name)), p => Assert.NotEqual(p.Name, (string)p.GetValue(en)!));
        var same = properties.Where(p => keys.Contains(p.Name) && (string)p.GetValue(da)! == (string)p.GetValue(en)!).Select(p => p.Name).ToList();

        // Words that are spelled the same in Danish and English, and names written as their speakers write them.
        string[] alike = ["Person", "Status", "Type", "CoordinatorBot", "Start", "MUST", "SHOULD", "COULD", "Webinar", "Backlog", "Governance",
            "Onboarding", "Dansk", "English", "dansk|danish|da", "engelsk|english|en", "pause", "person", "–", "Governance (G)",
            "Guide", "Guides", "Links"];
        Assert.True(properties.Count > 500);
        Assert.True(same.All(p => alike.Contains((string)typeof(Texts).GetProperty(p)!.GetValue(da)!)),
            $"Not translated: {string.Join(", ", same.Select(p => $"{p}={typeof(Texts).GetProperty(p)!.GetValue(da)}"))}");
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
}
