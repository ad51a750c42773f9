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
        var round = await UnreachableRound.SetUpAsync(Harness);
        foreach (var name in new[] { "Dana", "Erik" })
        {
            Assert.True(await round.EnqueueAsync(name, new AdaptiveCard { Lang = "da", Body = [new TextBlock($"Punkt for {name}")] }));
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

        var erik = (await Service<OutboxStore>().GetAsync(UnreachableRound.Key("aad-erik"), default))!;
        Assert.Equal(("Sent", "channel"), (erik.Status, erik.ReachedBy));
        Assert.Null(await Service<OutboxStore>().GetAsync(UnreachableRound.Key("aad-dana"), default));

        // Later passes post nothing again.
        Time.Advance(TimeSpan.FromMinutes(5));
        var before = Connector.Requests.Count(r => r.Method == "POST");
        await sender.DeliverDueAsync(default);
        Assert.Equal(before, Connector.Requests.Count(r => r.Method == "POST"));
    }
}
