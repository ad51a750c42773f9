namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// What Teams would turn into a list, a heading, emphasis, code or a link stays text: "1. marts 2027" is a date, not
/// a list, and a decision titled "*vigtigt*" keeps its stars.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class TeamsMarkdownTests
{
    [Theory]
    [InlineData("1. marts 2027", "1.\u00a0marts 2027")]
    [InlineData("Drift fra\n1. marts 2027", "Drift fra\n\n1.\u00a0marts 2027")]
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
        // Every composer, in both languages, with the gallery's data (dates such as "1. marts" included) and with
        // data that looks like Markdown.
        var offending = CardGallery.All().Concat(HostileDataGallery.Cards())
            .SelectMany(c => CardTexts.Of(CardJson.ToNode(c.Card)).Where(t => Marker().IsMatch(t)).Select(t => $"{c.Name}: {t}"))
            .ToList();

        Assert.Empty(offending);
    }

    [Theory]
    [InlineData("*vigtigt*", @"\*vigtigt\*")]
    [InlineData("__fed__ og ~~y~~", @"\_\_fed\_\_ og \~\~y\~\~")]
    [InlineData("[link](http://x)", @"\[link\](http://x)")]
    [InlineData("`kode`", @"\`kode\`")]
    [InlineData(@"C:\Temp\*", @"C:\Temp\\\*")]
    [InlineData(@"C:\Temp", @"C:\Temp")]
    [InlineData("Ærø-Kommune, 7,5 t: 1. marts (B-2026-014) «godt» – 50 % & mere!", "Ærø-Kommune, 7,5 t: 1. marts (B-2026-014) «godt» – 50 % & mere!")]
    [InlineData("Hej <at>Jens_Jensen</at> og *alle*", @"Hej <at>Jens_Jensen</at> og \*alle\*")]
    [InlineData("<at>**Haster** [Log ind](https://evil.example)</at>", @"<at>\*\*Haster\*\* \[Log ind\](https://evil.example)</at>")]
    public void Inline_markers_typed_by_people_are_escaped_and_ordinary_Danish_is_left_alone(string text, string expected) =>
        Assert.Equal(expected, new TextBlock(text).Text);

    [Fact]
    public void A_fact_keeps_its_title_and_value_literal_too() =>
        Assert.Equal(("\\*x\\*", "1.\u00a0marts"), (new Fact("*x*", "1. marts").Title, new Fact("*x*", "1. marts").Value));

    [Fact]
    public void The_templates_own_bold_stays_bold_while_the_values_in_it_stay_literal()
    {
        var title = "*vigtigt* [a](b)";

        Assert.Equal(@"**B-2026-014** · \*vigtigt\* \[a\](b)", TextBlock.Markdown($"**B-2026-014** · {title}").Text);
        Assert.Equal("3.\u00a0**\\_x\\_**", TextBlock.Markdown($"{3}. **{"_x_"}**").Text);
    }

    [Fact]
    public void The_gallerys_ordinary_cards_keep_their_bold_and_show_no_backslash()
    {
        // The gallery's data has no Markdown, so an escape there would be a template's bold escaped by mistake
        // (a "**" put through new TextBlock(...) instead of TextBlock.Markdown).
        var texts = CardGallery.All().SelectMany(c => CardTexts.Of(CardJson.ToNode(c.Card)).Select(t => $"{c.Name}: {t}")).ToList();

        Assert.DoesNotContain(texts, t => t.Contains('\\', StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("decision-list.da: **B-2026-", StringComparison.Ordinal));
    }

    [Fact]
    public void The_texts_carry_no_Markdown_so_that_escaping_a_whole_text_changes_only_what_people_typed()
    {
        // Bold and colour are TextBlock properties; Markdown on purpose lives in a composer's TextBlock.Markdown.
        var marked = new[] { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("en") }
            .SelectMany(c => Texts.Files.SelectMany(f => f.In(c)))
            .Where(e => InlineMarker().IsMatch(e.Value))
            .Select(e => $"{e.Key}: {e.Value}")
            .ToList();

        Assert.Empty(marked);
    }

    [Fact]
    public void No_card_shows_a_Markdown_marker_that_came_from_data()
    {
        var cards = HostileDataGallery.Cards().ToList();
        var offending = cards
            .SelectMany(c => CardTexts.Of(CardJson.ToNode(c.Card))
                .Where(t => HostileDataGallery.Hostile.Any(h => Unmentioned(t).Contains(h, StringComparison.Ordinal) && h.Any(ch => "*_~`[]\\".Contains(ch))))
                .Select(t => $"{c.Name}: {t}"))
            .ToList();

        Assert.Empty(offending);

        // ...and every card still shows the data, read as CommonMark reads the escapes.
        var silent = cards.Where(c => !CardTexts.Of(CardJson.ToNode(c.Card)).Any(t => Rendered(t).Contains("*vigtigt* # 3 _x_", StringComparison.Ordinal)
            || Rendered(t).Contains("[link](http://x)", StringComparison.Ordinal))).Select(c => c.Name).ToList();
        Assert.Empty(silent);
    }

    // A mention's text is the person's name as Teams knows it, matched to its entity: it is left whole.
    private static string Unmentioned(string text) => Mention().Replace(text, string.Empty);

    // CommonMark: a backslash before ASCII punctuation shows that character; a no-break space is a space to the eye.
    private static string Rendered(string text) => Escape().Replace(text, "$1").Replace('\u00a0', ' ');

    [GeneratedRegex(@"^[ \t]*(\d{1,9}[.)]|#{1,6})[ \t]", RegexOptions.Multiline)]
    private static partial Regex Marker();

    [GeneratedRegex(@"[*_~`]|\[[^\]]*\]\(")]
    private static partial Regex InlineMarker();

    [GeneratedRegex(@"<at>[^<]*</at>")]
    private static partial Regex Mention();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();
}
