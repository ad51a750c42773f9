using CoordinatorBot.Bot.Protocol.Authentication;
using CoordinatorBot.Bot.Protocol.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace CoordinatorBot.Tests.Protocol;

/// <summary>
/// Help changes nothing, so it writes no claim: the instance's memory of what it answered recognises a redelivery, for
/// the redelivery window, and a turn that failed is forgotten so that its redelivery is answered.
/// </summary>
[Trait("Category", "Integration")]
public sealed class HelpRedeliveryTests() : BotFeatureTests(hostedScheduler: false)
{
    protected override Task SetUpAsync() => Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));

    [Fact]
    public async Task Help_delivered_again_is_acknowledged_and_answered_once_and_new_help_is_answered()
    {
        var help = ActivityBuilder.ChannelMessage(Harness.ServiceUrl, "hjælp");
        var before = Connector.Sent("POST").Count;

        using var first = await Harness.PostAsync(help);
        using var again = await Harness.PostAsync(help);
        var answeredOnce = Connector.Sent("POST").Count - before;
        using var other = await Harness.PostAsync(ActivityBuilder.ChannelMessage(Harness.ServiceUrl, "hjælp"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode, other.StatusCode));
        Assert.Equal(1, answeredOnce);
        Assert.Equal(2, Connector.Sent("POST").Count - before);
        Assert.Contains("hjælp", BotHarness.Text(Connector.PostedCards().Last()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Help_whose_answer_could_not_be_sent_is_answered_when_the_service_delivers_it_again()
    {
        var help = ActivityBuilder.ChannelMessage(Harness.ServiceUrl, "hjælp");
        // Teams is away for every try of the answer: the turn fails, and the service will deliver the message again.
        for (var i = 0; i < 4; i++)
        {
            Connector.Enqueue(503);
        }

        using var failed = await Harness.PostAsync(help);
        var before = Connector.PostedCards().Count;
        using var again = await Harness.PostAsync(help);

        Assert.Equal((HttpStatusCode.InternalServerError, HttpStatusCode.OK), (failed.StatusCode, again.StatusCode));
        Assert.Equal(before + 1, Connector.PostedCards().Count);
    }

    [Fact]
    public void The_memory_recognises_an_activity_in_its_conversation_within_the_window_and_not_once_forgotten()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-07T09:00:00Z", CultureInfo.InvariantCulture));
        var answered = new AnsweredActivities(time, Options.Create(new BotOptions { RedeliveryWindow = TimeSpan.FromMinutes(10) }));

        Assert.True(answered.TryRemember("19:a", "1"));
        Assert.False(answered.TryRemember("19:a", "1"));
        // Teams makes activity ids unique only within a conversation.
        Assert.True(answered.TryRemember("19:b", "1"));

        answered.Forget("19:a", "1");
        Assert.True(answered.TryRemember("19:a", "1"));

        time.Advance(TimeSpan.FromMinutes(10));
        Assert.True(answered.TryRemember("19:a", "1"));
    }
}
