namespace CoordinatorBot.Tests.People;

/// <summary>A card answered in a personal chat about one of several communities carries it on every button, however deep.</summary>
[Trait("Category", "Unit")]
public sealed class CommunityStampTests
{
    [Fact]
    public void Every_button_carries_the_community_and_the_card_says_which_it_is()
    {
        var texts = new Texts(Language.Danish);
        var card = new AdaptiveCard
        {
            Body =
            [
                new Container([new ActionSet([new ExecuteAction("Inde", "x.inner")])]),
                new ColumnSet([new Column([new ActionSet([new SubmitAction("Kolonne")])])]),
            ],
            Actions =
            [
                new ExecuteAction("Top", "x.top") { Data = new Dictionary<string, string> { ["verb"] = "x.top" } },
                new ShowCardAction("Mere", new AdaptiveCard { Body = [], Actions = [new ExecuteAction("Dybt", "x.deep")] }),
                new OpenUrlAction("Link", new Uri("https://example.org")),
            ],
        };

        var stamped = CommunityStamp.Apply(card, "19:a@thread.tacv2", texts, "OS2mo");
        var json = CardJson.ToNode(stamped).ToJsonString();

        Assert.Equal("Fællesskab: OS2mo", ((TextBlock)stamped.Body[0]).Text);
        Assert.Equal(4, json.Split("\"community\":\"19:a@thread.tacv2\"").Length - 1);
    }

    [Fact]
    public void A_button_that_names_its_own_community_keeps_it()
    {
        var choice = CommunityChoiceCard.Compose(new Texts(Language.English), [new("19:a", "A"), new("19:b", "B")], null, null, null);

        var json = CardJson.ToNode(CommunityStamp.Apply(choice, "19:a", new Texts(Language.English), null)).ToJsonString();

        Assert.Contains("\"community\":\"19:b\"", json, StringComparison.Ordinal);
    }
}
