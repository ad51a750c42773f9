using System.Diagnostics;
using Activity = CoordinatorBot.Bot.Protocol.Schema.Activity;

namespace CoordinatorBot.Tests.Operations;

/// <summary>
/// Table Storage cut away under the running bot and given back: every press is told the same way, in the card's
/// language, within the bound; a message gets 503 and its redelivery is handled once; nothing is lost or doubled.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StorageOutageTests : IAsyncLifetime
{
    /// <summary>The README's bound: an answer within 4 s, retries included.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(4);

    private readonly StorageLine _line = StorageLine.Start(TestSettings.StorageConnectionString);
    private readonly BotHarness _harness;
    private volatile bool _cutOnNextTurn;

    public StorageOutageTests() => _harness = new BotHarness(services =>
    {
        // A turn that cuts the line after its claim is written: the outage that begins in the middle of a turn.
        var router = services.Single(d => d.ServiceType == typeof(IActivityHandler));
        services.Remove(router);
        services.AddSingleton(router.ImplementationType!);
        services.AddSingleton<IActivityHandler>(sp => new CuttingHandler((IActivityHandler)sp.GetRequiredService(router.ImplementationType!), this));
    }, new Dictionary<string, string?> { ["Storage:ConnectionString"] = _line.ConnectionString }, hostedScheduler: false);

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        await _harness.SetUpCommunityAsync();
        await _harness.AddMembersAsync(Role.SteeringGroup, ("aad-bob", "Bob"), ("aad-carl", "Carl"), ("aad-dora", "Dora"), ("aad-erik", "Erik"));
        var proposed = await _harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Ny integration", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kontekst", ["proposal"] = "Forslag", ["consequences"] = "", ["implementation"] = "", ["risks"] = "",
            ["deadlineDate"] = "2030-01-07", ["deadlineTime"] = "12:00", ["rule"] = "Unanimous", ["participation"] = "0",
        });
        Assert.Contains("B-", BotHarness.Text(proposed["value"]), StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _line.DisposeAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Every_press_is_told_the_same_in_the_cards_language_within_the_bound_and_counts_once_when_pressed_again(bool silent)
    {
        var presses = new[] { ("aad-bob", "Bob", "da"), ("aad-carl", "Carl", "da"), ("aad-dora", "Dora", "en"), ("aad-erik", "Erik", "da") }
            .Select(p => (p.Item1, Activity: ActivityBuilder.Execute(_harness.ServiceUrl, CardVerbs.Vote,
                new JsonObject { ["decision"] = Number, ["choice"] = "Approve", ["lang"] = p.Item3 }, p.Item1, p.Item2), Language: p.Item3))
            .ToList();
        Cut(silent);

        var answers = await Task.WhenAll(presses.Select(async press =>
        {
            var clock = Stopwatch.StartNew();
            using var response = await _harness.PostAsync((JsonObject)press.Activity.DeepClone());
            return (press.Language, response.StatusCode, Body: JsonNode.Parse(await response.Content.ReadAsStringAsync()), clock.Elapsed);
        }));

        foreach (var (language, status, body, elapsed) in answers)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.InRange(elapsed, TimeSpan.Zero, Bound);
            Assert.Equal(AdaptiveCardInvokeResponse.MessageType, body!["type"]!.GetValue<string>());
            Assert.Equal(language == "da"
                ? "Jeg kunne ikke gemme noget lige nu, så intet blev ændret. Tryk igen om lidt."
                : "I could not save anything just now, so nothing was changed. Please press again in a moment.",
                body["value"]!.GetValue<string>());
        }

        _line.Restore();
        Assert.Empty(await VotesAsync());

        // Pressed again (a new press), and one of them twice as the same activity (a redelivery): each counted once.
        foreach (var press in presses.Take(3))
        {
            var again = ActivityBuilder.Execute(_harness.ServiceUrl, CardVerbs.Vote,
                new JsonObject { ["decision"] = Number, ["choice"] = "Approve", ["lang"] = "da" }, press.Item1, press.Item1[4..]);
            Assert.Equal(HttpStatusCode.OK, (await _harness.PostAsync((JsonObject)again.DeepClone())).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await _harness.PostAsync(again)).StatusCode);
        }

        var votes = await VotesAsync();
        Assert.Equal(3, votes.Count);
        Assert.All(votes, v => Assert.Equal(VoteChoice.Approve, v.Choice));
    }

    [Fact]
    public async Task A_press_sent_as_a_message_is_answered_with_a_message_and_nothing_saved()
    {
        var submit = ActivityBuilder.ChannelMessage(_harness.ServiceUrl, string.Empty, "aad-bob", "Bob");
        submit.Remove("text");
        submit["value"] = new JsonObject { ["verb"] = CardVerbs.Vote, ["decision"] = Number, ["choice"] = "Reject", ["lang"] = "da" };
        _line.Refuse();
        var before = _harness.Connector.Requests.Count;

        var clock = Stopwatch.StartNew();
        using var response = await _harness.PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Bound);
        var told = Assert.Single(_harness.Connector.Requests.Skip(before), r => r.Method == "POST");
        Assert.Equal("Jeg kunne ikke gemme noget lige nu, så intet blev ændret. Tryk igen om lidt.", told.Text);
        _line.Restore();
        Assert.Empty(await VotesAsync());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_message_gets_503_within_the_bound_and_its_redelivery_is_handled_once(bool silent)
    {
        var message = ActivityBuilder.ChannelMessage(_harness.ServiceUrl, "beslutninger");
        Cut(silent);

        var clock = Stopwatch.StartNew();
        using (var response = await _harness.PostAsync((JsonObject)message.DeepClone()))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, Bound);
        }

        _line.Restore();
        Assert.Equal(1, await AnswersAfterRedeliveriesAsync(message));
    }

    [Fact]
    public async Task A_message_whose_turn_lost_storage_after_its_claim_is_handled_when_delivered_again()
    {
        var message = ActivityBuilder.ChannelMessage(_harness.ServiceUrl, "beslutninger");
        _cutOnNextTurn = true;

        using (var response = await _harness.PostAsync((JsonObject)message.DeepClone()))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        _line.Restore();
        Assert.Equal(1, await AnswersAfterRedeliveriesAsync(message));
    }

    [Fact]
    public async Task A_proposal_whose_record_could_not_be_kept_takes_its_posted_card_down_again()
    {
        // Teams holds the card's post while storage goes away: the card is up, its record cannot be written.
        _harness.Connector.Hold("POST");
        var before = _harness.Connector.Requests.Count;
        var proposing = _harness.PostAsync(ActivityBuilder.Execute(_harness.ServiceUrl, CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Endnu en integration", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kontekst", ["proposal"] = "Forslag", ["consequences"] = "", ["implementation"] = "", ["risks"] = "",
            ["deadlineDate"] = "2030-01-07", ["deadlineTime"] = "12:00", ["rule"] = "Unanimous", ["participation"] = "0",
        }));
        await Eventually.TrueAsync(() => _harness.Connector.Requests.Skip(before).Any(r => r.Method == "POST"), "the card's post", TimeSpan.FromSeconds(10));
        _line.Refuse();
        _harness.Connector.Release();

        using var response = await proposing;
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Jeg kunne ikke gemme noget lige nu, så intet blev ændret. Tryk igen om lidt.", body["value"]!.GetValue<string>());
        _line.Restore();

        var post = _harness.Connector.Requests.Skip(before).Single(r => r.Method == "POST");
        var deleted = Assert.Single(_harness.Connector.Requests.Skip(before), r => r.Method == "DELETE");
        Assert.EndsWith($"/activities/{_harness.Connector.AnsweredId(post)}", deleted.Path, StringComparison.Ordinal);
        Assert.Null(await _harness.Service<DecisionStore>().GetAsync(ActivityBuilder.TeamId, DecisionNumber.TryParse("B-2026-002")!, default));
    }

    /// <summary>Delivers the message again three times; returns how many answers the bot posted.</summary>
    private async Task<int> AnswersAfterRedeliveriesAsync(JsonObject message)
    {
        var before = _harness.Connector.Requests.Count;
        for (var i = 0; i < 3; i++)
        {
            using var again = await _harness.PostAsync((JsonObject)message.DeepClone());
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        return _harness.Connector.Requests.Skip(before).Count(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
    }

    private const string Number = "B-2026-001";

    private void Cut(bool silent)
    {
        if (silent)
        {
            _line.Silence();
        }
        else
        {
            _line.Refuse();
        }
    }

    private async Task<IReadOnlyList<Vote>> VotesAsync() =>
        await _harness.Service<DecisionStore>().VotesAsync(ActivityBuilder.TeamId, DecisionNumber.TryParse(Number)!, default);

    private sealed class CuttingHandler(IActivityHandler inner, StorageOutageTests test) : IActivityHandler
    {
        public Task<InvokeResponse?> HandleAsync(Activity activity, CancellationToken cancellationToken)
        {
            if (test._cutOnNextTurn)
            {
                test._cutOnNextTurn = false;
                test._line.Refuse();
            }

            return inner.HandleAsync(activity, cancellationToken);
        }

        public bool RecognisesRedelivery(Activity activity) => inner.RecognisesRedelivery(activity);

        public Task<InvokeResponse?> AnswerStorageOutageAsync(Activity activity, CancellationToken cancellationToken) =>
            inner.AnswerStorageOutageAsync(activity, cancellationToken);
    }
}
