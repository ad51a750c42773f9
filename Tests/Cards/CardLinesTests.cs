using Markdig;

namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// What a person wrote on several lines (an agenda, minutes, a decision's context, a wish's need, notes) keeps its lines
/// on every card, read as Teams reads a TextBlock: Markdown, where a single line break joins two lines into one.
/// Checked by rendering the card's text with a CommonMark renderer (Markdig) as a browser would show it.
/// </summary>
[Trait("Category", "Unit")]
public sealed partial class CardLinesTests
{
    [Theory]
    [InlineData("Kontekst første linje\nAnden linje")]
    [InlineData("1. Godkendelse af dagsorden\n2. Driften pr. 1. marts 2027\n3. Eventuelt")]
    [InlineData("Positiv: hurtigere login\nNegativ: 40 timer\r\nNeutral: ingen")]
    [InlineData("Punkter:\n- et punkt\n- et andet punkt\nOg så videre")]
    [InlineData("# 3 på listen\n> citat fra mødet\n---\n    indrykket kode?")]
    public void Every_line_a_person_typed_shows_as_a_line_of_its_own(string typed)
    {
        var shown = Shown(new TextBlock(typed).Text);

        Assert.Equal(typed.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()), shown);
    }

    [Fact]
    public void Blank_lines_keep_paragraphs_apart_and_never_make_a_numbered_list_of_typed_numbers()
    {
        var text = new TextBlock("1. Første afsnit\n\n\n\n2. Andet afsnit\n").Text;

        Assert.Equal(["1. Første afsnit", "2. Andet afsnit"], Shown(text));
        Assert.DoesNotContain("<ol", Markdown.ToHtml(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_keeps_the_lines_of_its_value_and_a_composers_markdown_keeps_the_lines_of_a_value()
    {
        Assert.Equal(["Godkendt på mødet", "med en bemærkning"], Shown(new Fact("Udfald", "Godkendt på mødet\nmed en bemærkning").Value));
        Assert.Equal(["Kontekst: første", "anden"], Shown(TextBlock.Markdown($"**Kontekst:** {"første\nanden"}").Text));
    }

    [Fact]
    public void Every_card_that_shows_text_typed_on_several_lines_shows_each_line_on_its_own()
    {
        // The hostile gallery puts the same lines in every field a person writes on several lines (a decision's
        // context, decision, consequences, implementation, risks and outcome, minutes, a follow-up's notes, a wish's
        // need, an item's criteria); the last line is plain words that only those fields hold.
        string[] typed = [.. HostileDataGallery.Hostile, HostileDataGallery.LastLine];
        var showing = new List<string>();
        var joined = new List<string>();
        foreach (var (name, card) in HostileDataGallery.Cards())
        {
            foreach (var lines in CardTexts.Of(CardJson.ToNode(card)).Select(Shown).Where(l => l.Any(line => line.Contains(HostileDataGallery.LastLine, StringComparison.Ordinal))))
            {
                showing.Add(name);
                // Each line is shown, and no two of them on one line (a person's text may follow a label, "Mangler: …",
                // or a one-line value of the gallery's, which holds them all).
                var own = lines.Select(l => l.Replace(HostileDataGallery.All, string.Empty, StringComparison.Ordinal)).ToList();
                if (!typed.All(t => own.Any(l => l.Contains(t, StringComparison.Ordinal))) ||
                    own.Any(l => typed.Count(t => l.Contains(t, StringComparison.Ordinal)) > 1))
                {
                    joined.Add($"{name}: {string.Join(" ⏎ ", lines)}");
                }
            }
        }

        Assert.True(joined.Count == 0, string.Join('\n', joined));
        foreach (var card in new[] { "decision-shared.da", "decision-member.en", "decision-closed.da", "checklist-completed.da", "backlog-wish-coordinator.da", "backlog-item-new-beyond.en" })
        {
            Assert.Contains(card, showing);
        }
    }

    [Theory]
    [InlineData("meeting-agenda.da")]
    [InlineData("meeting-card-minutes-approved.en")]
    public void A_meetings_agenda_shows_each_item_on_its_own_numbered_line(string name)
    {
        var card = HostileDataGallery.Cards().Single(c => c.Name == name).Card;
        var shown = CardTexts.Of(CardJson.ToNode(card)).SelectMany(Shown).ToList();

        foreach (var (item, i) in HostileDataGallery.Hostile.Select((item, i) => (item, i)))
        {
            Assert.Contains($"{i + 1}. {item}", shown);
        }
    }

    /// <summary>
    /// The lines a reader sees: the text rendered as CommonMark (HTML), with a soft line break shown as the space a
    /// browser makes of it, a paragraph, list item, heading or break ending a line, and no-break spaces as spaces.
    /// </summary>
    internal static IReadOnlyList<string> Shown(string markdown)
    {
        var html = Markdown.ToHtml(markdown).Replace("\n", " ", StringComparison.Ordinal);
        html = BlockEnd().Replace(html.Replace("<li>", "<li>- ", StringComparison.Ordinal), "\n");
        var text = WebUtility.HtmlDecode(Tag().Replace(html, string.Empty)).Replace('\u00a0', ' ');
        return [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
    }

    // Where a browser starts a new line: after a paragraph, a list item, a heading, a rule, a code block or a <br>.
    [GeneratedRegex(@"</p>|</li>|</h\d>|<hr\s*/?>|</pre>|<br\s*/?>|</blockquote>")]
    private static partial Regex BlockEnd();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
