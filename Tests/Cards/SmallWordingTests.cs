using CoordinatorBot.Tests.Decisions;
using CoordinatorBot.Tests.Status;
using Markdig.Syntax;
using Markdig;

namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// The small things a Danish coordinator noticed in their second week: whole titles on the board, the fourth MoSCoW class
/// in Danish, one way to say "empty", a way out of the erasure card, an outcome that reads as sentences, and a status
/// page whose lines do not stick to the list above them.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SmallWordingTests
{
    private static readonly Texts Danish = new(Language.Danish);

    [Fact]
    public void The_board_shows_every_title_whole_however_long()
    {
        const string title = "Log ind med MitID på borgerpc'erne i alle kommunens biblioteker og borgerservicecentre";
        var item = new BacklogItem
        {
            Number = 1, Title = title, Need = "Som borger …", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-i",
            Estimate = new Estimate(40, null), Status = ItemStatus.Prioritised,
        };
        var card = CardJson.ToNode(BacklogBoardCard.Compose(Danish, new BoardView([item], new BacklogBudget(400, null, BudgetPeriod.Quarter),
            new Estimate(40, null), new HashSet<int>(), new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31))));

        var block = TextBlocks(card).Single(b => b["text"]!.GetValue<string>().StartsWith("#1 ", StringComparison.Ordinal));
        Assert.Equal($"#1 {title}", block["text"]!.GetValue<string>());
        Assert.Null(block["maxLines"]);
        Assert.True(block["wrap"]!.GetValue<bool>());
    }

    [Fact]
    public void The_fourth_class_is_said_in_Danish_and_no_Danish_text_says_WONT()
    {
        Assert.Equal("Ikke i denne periode", Danish.ClassName(MoscowClass.Wont));
        Assert.DoesNotContain(DanishTexts(), t => t.Value.Contains("WON'T", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void An_empty_field_is_said_one_way_in_Danish()
    {
        Assert.DoesNotContain(DanishTexts(), t => t.Value.Contains("(tom:", StringComparison.Ordinal));
        var labels = BotLabels(CardJson.ToNode(SetupCard.Form(Danish, CardGallery.Community("OS2mo"))));
        Assert.Equal(3, labels.Count(l => l.EndsWith("(tomt: intet)", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_erasure_confirmations_have_a_button_that_erases_nothing()
    {
        foreach (var card in new[] { PersonalDataCard.ConfirmOwnErasure(Danish), PersonalDataCard.ConfirmFormerErasure(Danish, "aad-bob", "Bob") })
        {
            var actions = card.Actions!.OfType<ExecuteAction>().ToList();
            Assert.Contains(actions, a => a.Verb == CardVerbs.DataEraseCancel && a.Title == "Nej, behold dem");
        }
    }

    [Fact]
    public void An_outcome_written_by_hand_and_its_reason_read_as_two_sentences()
    {
        var decision = DecisionRecordTests.Decision(DecisionStatus.Accepted) with
        {
            ClosedAt = DateTimeOffset.UnixEpoch, CloseReason = RuleReason.RecordedByHand, ClosedByName = "Alice", OutcomeText = "Godkendt på mødet 1. december",
        };

        var outcome = DecisionCard.Outcome(Danish, decision);

        Assert.Equal("Godkendt på mødet 1. december. Registreret af Alice.", outcome);
        Assert.Equal("B-2026-014 er afsluttet: Accepteret. Godkendt på mødet 1. december. Registreret af Alice.",
            Danish.DecisionClosedRefusal("B-2026-014", Danish.StatusName(DecisionStatus.Accepted), outcome));
    }

    [Fact]
    public void On_the_status_page_a_count_after_a_list_is_a_paragraph_of_its_own()
    {
        var report = StatusSamples.Report() with { Number = new StatusReportNumber(2026, 3) };
        Assert.NotEmpty(report.DecisionsTaken);

        var page = StatusMarkdown.Page(Danish, report, TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"), 1);
        var document = Markdown.Parse(page);

        foreach (var start in new[] { StatusWords.DecisionsOpen(Danish, report.DecisionsOpen.Count), StatusWords.MeetingsComing(Danish, report.MeetingsComing.Count) })
        {
            var paragraph = document.Descendants<ParagraphBlock>().Single(p => Text(p).StartsWith(start, StringComparison.Ordinal));
            Assert.IsType<MarkdownDocument>(paragraph.Parent);
        }
    }

    private static string Text(ParagraphBlock paragraph) => paragraph.Inline?.FirstChild?.ToString() ?? string.Empty;

    private static IEnumerable<(string Key, string Value)> DanishTexts() =>
        Texts.Files.SelectMany(f => f.In(CultureInfo.InvariantCulture)).Select(e => (e.Key, e.Value));

    private static IEnumerable<JsonObject> TextBlocks(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" => [o],
        JsonObject o => o.Select(p => p.Value).SelectMany(TextBlocks),
        JsonArray a => a.SelectMany(TextBlocks),
        _ => [],
    };

    private static List<string> BotLabels(JsonNode? node) => node switch
    {
        JsonObject o when o["label"] is JsonValue label => [label.GetValue<string>(), .. o.Select(p => p.Value).SelectMany(BotLabels)],
        JsonObject o => [.. o.Select(p => p.Value).SelectMany(BotLabels)],
        JsonArray a => [.. a.SelectMany(BotLabels)],
        _ => [],
    };
}
