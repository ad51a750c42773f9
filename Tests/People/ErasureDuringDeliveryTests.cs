using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.People;

/// <summary>
/// Dana, a guest the bot cannot write to in a 1:1 chat, asks to be forgotten while the channel post that carries her
/// reminder and Erik's is on its way to Teams: the post goes once, and Erik's message is recorded as sent.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ErasureDuringDeliveryTests() : ClockedBotFeatureTests(
    settings: new Dictionary<string, string?> { ["Scheduling:RoundGathering"] = "00:00:30" }, hostedScheduler: false)
{
    [Fact]
    public async Task A_person_erased_while_their_round_is_posted_does_not_make_the_post_go_twice()
    {
        Connector.Roster.Add(("aad-alice", "Alice"));
        await Harness.SetUpCommunityAsync();
        Connector.RefusedChats["29:aad-dana"] = 403;
        Connector.RefusedChats["29:aad-erik"] = 404;
        var community = (await Service<CommunityDirectory>().GetAsync(ActivityBuilder.TeamId, default))!;
        foreach (var name in new[] { "Dana", "Erik" })
        {
            var id = $"aad-{name.ToLowerInvariant()}";
            var card = new AdaptiveCard { Lang = "da", Body = [new TextBlock($"Punkt for {name}")] };
            Assert.True(await Service<CommunitySender>().EnqueueAsync($"reminder|{ActivityBuilder.TeamId}|B-2026-001|{id}", community,
                new Member(id, name, new HashSet<Role> { Role.SteeringGroup }, null, $"29:{id}"), card, default));
            Time.Advance(TimeSpan.FromSeconds(1));
        }

        var sender = Service<OutboxSender>();
        await sender.DeliverDueAsync(default);
        Time.Advance(TimeSpan.FromMinutes(1));

        // Teams is slow to take the channel post; meanwhile Dana erases her data, her claimed message with it.
        Connector.Hold("POST");
        var delivering = sender.DeliverDueAsync(default);
        await Eventually.TrueAsync(() => Connector.Requests.Any(r => r.Method == "POST" &&
            r.Path.Contains(Uri.EscapeDataString(ActivityBuilder.TeamId), StringComparison.Ordinal)), "the channel post on its way");
        var erased = await Harness.PostAsync(TrustActivities.PersonalExecute(Harness.ServiceUrl, CardVerbs.DataErase,
            new JsonObject { ["lang"] = "da" }, "aad-dana", "Dana"));
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Connector.Release();
        await delivering;

        var erik = (await Service<OutboxStore>().GetAsync($"reminder|{ActivityBuilder.TeamId}|B-2026-001|aad-erik", default))!;
        Assert.Equal(("Sent", "channel"), (erik.Status, erik.ReachedBy));
        Assert.Null(await Service<OutboxStore>().GetAsync($"reminder|{ActivityBuilder.TeamId}|B-2026-001|aad-dana", default));

        // Later passes post nothing again.
        Time.Advance(TimeSpan.FromMinutes(5));
        var before = Connector.Requests.Count(r => r.Method == "POST");
        await sender.DeliverDueAsync(default);
        Assert.Equal(before, Connector.Requests.Count(r => r.Method == "POST"));
    }
}
