namespace CoordinatorBot.Tests.Protocol;

/// <summary>A redelivered activity is handled once; an activity is its conversation and its id, whatever they hold.</summary>
[Trait("Category", "Integration")]
public sealed class RedeliveryTests : RecordingBotTest
{
    [Fact]
    public async Task Messages_of_different_conversations_with_the_same_id_are_both_handled()
    {
        var id = $"1764{Random.Shared.Next():D10}";

        var first = await PostAsync(Message(id, "19:first@thread.tacv2;messageid=1"));
        var second = await PostAsync(Message(id, "19:second@thread.tacv2;messageid=1"));
        var again = await PostAsync(Message(id, "19:second@thread.tacv2;messageid=1"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first, second, again));
        Assert.Equal(2, Handler.Handled.Count);
    }

    public static TheoryData<string> OddIds() =>
    [
        "a/b", "a\\b", "a#b", "a?b", "a%b", "tab\tand\nnewline", "nul\u0000", "del\u007f", new string('x', 900),
        new string('/', 900), "😀", "",
    ];

    [Theory]
    [MemberData(nameof(OddIds))]
    public async Task Ids_that_table_keys_refuse_are_handled_once_never_a_500(string odd)
    {
        var conversation = $"19:{Guid.NewGuid():N}@thread.tacv2{odd}";
        var id = $"{Guid.NewGuid():N}{odd}";

        var first = await PostAsync(Message(id, conversation));
        var again = await PostAsync(Message(id, conversation));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first, again));
        Assert.Single(Handler.Handled);
    }

    [Fact]
    public async Task Ids_longer_than_any_Teams_id_are_refused_with_400()
    {
        var longConversation = await PostAsync(Message(Guid.NewGuid().ToString(), new string('/', 5000)));
        var longId = await PostAsync(Message(new string('x', 5000), "19:long@thread.tacv2"));

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (longConversation, longId));
        Assert.Empty(Handler.Handled);
    }

    private static JsonObject Message(string id, string conversationId)
    {
        var activity = ActivityBuilder.ChannelMessage(ServiceUrl, "hjælp");
        activity["id"] = id;
        activity["conversation"]!["id"] = conversationId;
        return activity;
    }

    private async Task<HttpStatusCode> PostAsync(JsonObject activity)
    {
        using var response = await PostAsync(activity.ToJsonString());
        return response.StatusCode;
    }
}
