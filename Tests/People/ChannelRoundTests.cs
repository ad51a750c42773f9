namespace CoordinatorBot.Tests.People;

/// <summary>
/// People the bot cannot write to in a 1:1 chat (Dana, a guest from another municipality's tenant; Erik, for whom the
/// app is not installed) get their round's messages in one channel post that @mentions each with their own items;
/// Bob, who can be reached, gets his in his chat; the outbox records which way each was reached.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ChannelRoundTests() : BotFeatureTests(
    settings: new Dictionary<string, string?> { ["Scheduling:RoundGathering"] = "00:00:00" }, hostedScheduler: false)
{
    [Fact]
    public async Task The_unreachable_get_one_channel_post_that_mentions_each_with_their_own_items()
    {
        var round = await UnreachableRound.SetUpAsync(Harness);
        foreach (var name in new[] { "Bob", "Dana", "Erik" })
        {
            var card = new AdaptiveCard
            {
                Lang = "da", Body = [new TextBlock($"Punkt for {name}")],
                Actions = [new ExecuteAction("Beslutningslog", CardVerbs.RunCommand) { Data = new Dictionary<string, string> { ["command"] = "Decisions" } }],
            };
            Assert.True(await round.EnqueueAsync(name, card));
        }

        var before = Connector.Requests.Count;
        await Service<OutboxSender>().DeliverDueAsync(default);

        var posts = Connector.Requests.Skip(before).Where(r => r.Method == "POST").Where(r => r.Path.EndsWith("/activities", StringComparison.Ordinal)).ToList();
        var channel = Assert.Single(posts, r => r.Path.Contains(Uri.EscapeDataString(ActivityBuilder.TeamId), StringComparison.Ordinal));
        var text = BotHarness.Text(channel.Cards().Single());
        Assert.Contains("<at>Dana</at> Punkt for Dana", text, StringComparison.Ordinal);
        Assert.Contains("<at>Erik</at> Punkt for Erik", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bob", text, StringComparison.Ordinal);
        var mentioned = channel.Cards().Single()["msteams"]!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>());
        Assert.Equal(["29:aad-dana", "29:aad-erik"], mentioned.Order());
        var toBob = Assert.Single(posts, r => !r.Path.Contains(Uri.EscapeDataString(ActivityBuilder.TeamId), StringComparison.Ordinal));
        Assert.Contains("Punkt for Bob", BotHarness.Text(toBob.Cards().Single()), StringComparison.Ordinal);
        // Bob's buttons name the community, so in his personal chat they act there whichever community is his current one.
        Assert.Equal(ActivityBuilder.TeamId, toBob.Cards().Single()["actions"]![0]!["data"]!["community"]!.GetValue<string>());

        var outbox = Service<OutboxStore>();
        var reached = new Dictionary<string, (string?, string?)>();
        foreach (var id in new[] { "aad-bob", "aad-dana", "aad-erik" })
        {
            var row = (await outbox.GetAsync(UnreachableRound.Key(id), default))!;
            reached[id] = (row.Status, row.ReachedBy);
        }

        Assert.Equal(("Sent", "chat"), reached["aad-bob"]);
        Assert.Equal(("Sent", "channel"), reached["aad-dana"]);
        Assert.Equal(("Sent", "channel"), reached["aad-erik"]);
    }
}
