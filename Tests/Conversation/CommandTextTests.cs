namespace CoordinatorBot.Tests.Conversation;

[Trait("Category", "Unit")]
public sealed class CommandTextTests
{
    [Fact]
    public void The_bots_mention_markup_and_entities_are_removed()
    {
        var activity = ActivityBuilder.ChannelMessage("http://x/", "&nbsp;roller<br/>").Deserialize<Activity>(ProtocolJson.Options)!;

        Assert.Equal("roller", CommandText.WithoutBotMention(activity));
    }

    [Fact]
    public void Another_persons_mention_stays()
    {
        var json = ActivityBuilder.ChannelMessage("http://x/", "roller <at>Karen</at>");
        json["entities"]!.AsArray().Add(JsonSerializer.SerializeToNode(new
        {
            type = "mention", text = "<at>Karen</at>", mentioned = new { id = "29:karen", name = "Karen" },
        }));
        var activity = json.Deserialize<Activity>(ProtocolJson.Options)!;

        Assert.Equal("roller Karen", CommandText.WithoutBotMention(activity));
    }

    [Fact]
    public void Without_mention_text_the_name_form_is_removed()
    {
        var json = ActivityBuilder.ChannelMessage("http://x/", "hjælp");
        json["entities"]![0]!.AsObject().Remove("text");
        var activity = json.Deserialize<Activity>(ProtocolJson.Options)!;

        Assert.Equal("hjælp", CommandText.WithoutBotMention(activity));
    }

    [Theory]
    [InlineData("Hjælp", "hjaelp")]
    [InlineData("ØNSKE", "oenske")]
    [InlineData("Tilbage på årshjul", "tilbage paa aarshjul")]
    [InlineData("annullér", "annuller")]
    public void Folding_ignores_case_and_accents_and_spells_out_æøå(string text, string folded) =>
        Assert.Equal(folded, CommandText.Fold(text));
}
