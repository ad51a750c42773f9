namespace CoordinatorBot.Tests.Protocol;

/// <summary>The activity records read what the Playground sends and lose nothing when written back.</summary>
[Trait("Category", "Unit")]
public sealed class ActivitySchemaTests
{
    [Theory]
    [InlineData("message.json")]
    [InlineData("conversation-update.json")]
    [InlineData("installation-update.json")]
    [InlineData("invoke-adaptive-card-action.json")]
    [InlineData("message-action-submit.json")]
    public void A_real_activity_survives_a_round_trip_unchanged(string fixture)
    {
        var original = ActivityBuilder.Fixture(fixture);

        var activity = original.Deserialize<Activity>(ProtocolJson.Options)!;
        var written = JsonSerializer.SerializeToNode(activity, ProtocolJson.Options)!;

        Assert.True(JsonNode.DeepEquals(Normalize(original), Normalize(written)),
            $"Round trip changed the activity:\n{original}\n---\n{written}");
    }

    [Fact]
    public void The_invoke_fixture_yields_its_verb_and_data()
    {
        var activity = ActivityBuilder.Fixture("invoke-adaptive-card-action.json").Deserialize<Activity>(ProtocolJson.Options)!;

        var value = activity.Value!.Value.Deserialize<AdaptiveCardInvokeValue>(ProtocolJson.Options)!;

        Assert.Equal("adaptiveCard/action", activity.Name);
        Assert.Equal("Action.Execute", value.Action!.Type);
        Assert.Equal("doStuff", value.Action.Verb);
        Assert.Equal("hello from card", value.Action.Data!.Value.GetProperty("comment").GetString());
    }

    [Fact]
    public void Mentions_and_channel_data_are_typed()
    {
        var activity = ActivityBuilder.ChannelMessage("http://x/", "roller").Deserialize<Activity>(ProtocolJson.Options)!;

        Assert.Equal(ActivityBuilder.TeamId, activity.TeamId);
        Assert.Equal(ActivityBuilder.TenantId, activity.TenantId);
        Assert.Equal(ActivityBuilder.BotId, Assert.Single(activity.Mentions).Mentioned!.Id);
    }

    // Timestamps may be rewritten in an equivalent form; compare them as instants.
    private static JsonNode Normalize(JsonNode node)
    {
        var copy = node.DeepClone().AsObject();
        foreach (var key in new[] { "timestamp", "localTimestamp" })
        {
            if (copy[key] is { } value)
            {
                copy[key] = DateTimeOffset.Parse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
                    .ToUnixTimeMilliseconds();
            }
        }

        return copy;
    }
}
