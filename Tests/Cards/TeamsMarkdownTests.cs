using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Cards.Model;

namespace CoordinatorBot.Tests.Cards;

/// <summary>What Teams would turn into a list or a heading stays text: "1. marts 2027" is a date, not a list.</summary>
[Trait("Category", "Unit")]
public sealed partial class TeamsMarkdownTests
{
    [Theory]
    [InlineData("1. marts 2027", "1.\u00a0marts 2027")]
    [InlineData("Drift fra\n1. marts 2027", "Drift fra\n1.\u00a0marts 2027")]
    [InlineData("# 3 på listen", "#\u00a03 på listen")]
    [InlineData("2) Leverandøren", "2)\u00a0Leverandøren")]
    [InlineData("Drift fra 1. marts 2027", "Drift fra 1. marts 2027")]
    [InlineData("- et punkt", "- et punkt")]
    [InlineData("Uge 49", "Uge 49")]
    public void Line_starts_that_Teams_reads_as_a_list_or_heading_stay_text(string text, string expected) =>
        Assert.Equal(expected, new TextBlock(text).Text);

    [Fact]
    public void A_text_set_later_is_kept_literal_too() =>
        Assert.Equal("1.\u00a0marts", (new TextBlock("x") with { Text = "1. marts" }).Text);

    [Fact]
    public void No_card_shows_a_line_that_Teams_would_read_as_a_numbered_list_or_a_heading()
    {
        // Every composer, in both languages, with the gallery's data (dates such as "1. marts" included).
        var offending = CardGallery.All()
            .SelectMany(c => TextsOf(CardJson.ToNode(c.Card)).Where(t => Marker().IsMatch(t)).Select(t => $"{c.Name}: {t}"))
            .ToList();

        Assert.Empty(offending);
    }

    private static IEnumerable<string> TextsOf(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" && o["text"] is JsonValue text => [text.GetValue<string>()],
        JsonObject o => o.SelectMany(p => TextsOf(p.Value)),
        JsonArray a => a.SelectMany(TextsOf),
        _ => [],
    };

    [GeneratedRegex(@"^[ \t]*(\d{1,9}[.)]|#{1,6})[ \t]", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
