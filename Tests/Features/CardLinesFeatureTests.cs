using CoordinatorBot.Tests.Cards;
using CoordinatorBot.Tests.Meetings;

namespace CoordinatorBot.Tests.Features;

/// <summary>
/// Text typed on several lines keeps its lines on the cards the running bot posts, read as Teams reads them (CommonMark)
/// and checked by the adaptivecards library.
/// </summary>
[Trait("Category", "Integration")]
public sealed class CardLinesFeatureTests() : BotFeatureTests
{
    protected override Task SetUpAsync() => Harness.SetUpSteeringGroupAsync(("aad-bob", "Bob"));

    [Fact]
    public async Task A_decisions_context_decision_and_consequences_keep_their_lines_on_the_card_in_the_channel()
    {
        await Harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Drift 2027", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Driften udløber 28. februar 2027.\nTo leverandører har budt.", ["proposal"] = "Vi vælger Magenta\n1. marts 2027 starter driften",
            ["consequences"] = "Positiv: én leverandør\nNegativ: 40 timer mere", ["deadlineDate"] = "2030-12-04", ["deadlineTime"] = "12:00",
            ["rule"] = "body", ["participation"] = "0",
        });

        var card = Connector.PostedCards().Last(c => BotHarness.Text(c).Contains("Drift 2027", StringComparison.Ordinal));
        var shown = Shown(card);
        Assert.Contains("Driften udløber 28. februar 2027.", shown);
        Assert.Contains("To leverandører har budt.", shown);
        Assert.Contains("Vi vælger Magenta", shown);
        Assert.Contains("1. marts 2027 starter driften", shown);
        Assert.Contains("Positiv: én leverandør", shown);
        Assert.Contains("Negativ: 40 timer mere", shown);
        await CardValidator.AssertValidAsync(card);
    }

    [Fact]
    public async Task A_meetings_agenda_shows_one_numbered_item_a_line_on_the_card_in_the_channel()
    {
        var formKey = MeetingFeatureTests.FormKey((await Harness.SayAsync("møde ny")).Cards().Single());
        var form = MeetingFeatureTests.Form(formKey);
        form[MeetingForm.AgendaInput] = "Godkendelse af dagsorden\nDriften pr. 1. marts 2027\nEventuelt";

        await Harness.PressAsync(CardVerbs.MeetingBook, form);

        var card = Connector.PostedCards().Last(c => BotHarness.Text(c).Contains("Eventuelt", StringComparison.Ordinal));
        var shown = Shown(card);
        Assert.Contains("1. Godkendelse af dagsorden", shown);
        Assert.Contains("2. Driften pr. 1. marts 2027", shown);
        Assert.Contains("3. Eventuelt", shown);
        await CardValidator.AssertValidAsync(card);
    }

    private static List<string> Shown(JsonNode card) => [.. Texts(card).SelectMany(CardLinesTests.Shown)];

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "TextBlock" && o["text"] is JsonValue text => [text.GetValue<string>()],
        JsonObject o when o["type"]?.GetValue<string>() == "FactSet" && o["facts"] is JsonArray facts =>
            facts.OfType<JsonObject>().Select(f => f["value"]!.GetValue<string>()),
        JsonObject o => o.SelectMany(p => Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
