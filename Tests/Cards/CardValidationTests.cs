namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// Every card, checked by the official adaptivecards library at schema 1.5 (as Teams would parse it), kept under
/// 28 KB, and with a label on every input.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CardValidationTests
{
    public const int MaxCardBytes = 28 * 1024;

    [Fact]
    public async Task Every_card_passes_the_adaptivecards_library_at_version_1_5_with_zero_errors()
    {
        var cards = CardGallery.All().ToDictionary(c => $"{c.Name}.json", c => CardJson.Serialize(c.Card));

        var report = await CardValidator.ValidateAsync(cards);

        Assert.Equal(cards.Count, report.Count);
        var failures = report.Where(r => r.Value.Count > 0).Select(r => $"{r.Key}: {string.Join("; ", r.Value)}").ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task The_validator_does_catch_a_broken_card()
    {
        var report = await CardValidator.ValidateAsync(new Dictionary<string, string>
        {
            ["broken.json"] = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"Input.ChoiceSet","id":"x","label":"X","choices":[]},{"type":"Nonsense"}]}""",
        });

        Assert.Equal(2, report["broken.json"].Count);
    }

    [Fact]
    public void Every_card_is_under_28_KB()
    {
        foreach (var (name, card) in CardGallery.All())
        {
            var bytes = Encoding.UTF8.GetByteCount(CardJson.Serialize(card));
            Assert.True(bytes < MaxCardBytes, $"{name} is {bytes} bytes");
        }
    }

    [Fact]
    public void Every_input_has_a_label_and_every_card_says_version_1_5()
    {
        foreach (var (name, card) in CardGallery.All())
        {
            var json = CardJson.ToNode(card);
            Assert.Equal("1.5", json["version"]!.GetValue<string>());
            foreach (var input in JsonTree.Objects(json).Where(n => n["type"]?.GetValue<string>()?.StartsWith("Input.", StringComparison.Ordinal) == true))
            {
                Assert.False(string.IsNullOrWhiteSpace(input["label"]?.GetValue<string>()), $"{name}: input '{input["id"]}' has no label");
                Assert.False(string.IsNullOrWhiteSpace(input["id"]?.GetValue<string>()), $"{name}: an input has no id");
            }
        }
    }
}
