namespace CoordinatorBot.Tests.Search;

/// <summary>The export site carries each decision's stable link, so a page read on the site leads back to the record in Teams.</summary>
[Trait("Category", "Unit")]
public sealed class RecordLinkExportTests
{
    [Fact]
    public void A_decision_page_names_its_link_in_Teams_as_the_link_is_written()
    {
        var decision = SearchSamples.Decision(1, "Fælles testmiljø");
        var key = new RecordKey("19:team-one@thread.tacv2", RecordKind.Decision, "B-2026-001");
        var link = new Uri(new Uri("https://coordinatorbot.example.dk"), key.Path);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

        var danish = DecisionMarkdown.Page(new Texts(Language.Danish), decision, [], zone, 1, link);
        var english = DecisionMarkdown.Page(new Texts(Language.English), decision, [], zone, 1, link);

        Assert.Contains("| I Teams | https://coordinatorbot.example.dk/r/19%3Ateam-one%40thread.tacv2/decision/B-2026-001 |", danish, StringComparison.Ordinal);
        Assert.Contains("| In Teams | https://coordinatorbot.example.dk/r/19%3Ateam-one%40thread.tacv2/decision/B-2026-001 |", english, StringComparison.Ordinal);
        Assert.DoesNotContain("I Teams", DecisionMarkdown.Page(new Texts(Language.Danish), decision, [], zone, 1), StringComparison.Ordinal);
    }
}
