using CoordinatorBot.Bot.Conversation.Dialogs;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatorBot.Tests.Conversation;

/// <summary>The guided-dialog mechanism with a small dialog of its own, state in Azurite, cards sent to a local connector.</summary>
[Trait("Category", "Integration")]
public sealed class DialogRunnerTests(StorageFixture storage) : IClassFixture<StorageFixture>, IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-30T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly string _channel = $"19:dialog-{Guid.NewGuid():N}@thread.tacv2";
    private FakeConnector _fake = null!;
    private ServiceProvider _services = null!;
    private DialogRunner _runner = null!;
    private ConnectorClient _connector = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeConnector.StartAsync();
        var collection = new ServiceCollection();
        collection.AddHttpClient(ConnectorClient.HttpClientName);
        _services = collection.BuildServiceProvider();
        _connector = new ConnectorClient(_services.GetRequiredService<IHttpClientFactory>(), new ConnectorTokenSource(null, TimeProvider.System),
            new ServiceUrlAllowList(ServiceUrlAllowList.DefaultHosts, allowLoopback: true));
        _runner = new DialogRunner([new TestDialog()], new DialogStore(storage.Tables), _time, NullLogger<DialogRunner>.Instance);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task A_yes_no_question_takes_yes_and_no_in_both_languages_asks_again_and_hands_the_answers_over()
    {
        await _runner.StartAsync(Turn(), TestDialog.DialogId);
        Assert.Contains("\"Ja\"", LastPosted().Body, StringComparison.Ordinal);

        Assert.Contains("Vælg en af mulighederne: Ja eller Nej.", await TypeAsync("måske"), StringComparison.Ordinal);
        Assert.Contains("Hvad hedder du?", await TypeAsync("YES"), StringComparison.Ordinal);
        Assert.Contains("Er du enig?", await TypeAsync("tilbage"), StringComparison.Ordinal);
        await TypeAsync("nej");
        Assert.Contains("For kort.", await TypeAsync("x"), StringComparison.Ordinal);

        Assert.Equal("Tak, Mette (false).", await TypeAsync("Mette"));
        Assert.Null(await _runner.FindAsync(Turn().Activity, default));
    }

    [Fact]
    public async Task A_dialog_belongs_to_its_channel_and_person_and_any_thread_of_the_channel_finds_it()
    {
        await _runner.StartAsync(Turn(thread: "1"), TestDialog.DialogId);

        Assert.NotNull(await _runner.FindAsync(Turn(thread: "1").Activity, default));
        Assert.NotNull(await _runner.FindAsync(Turn(thread: "2").Activity, default));
        Assert.Null(await _runner.FindAsync(Turn(person: "aad-other", thread: "2").Activity, default));
        Assert.Null(await _runner.FindAsync(Turn(channel: $"19:other-{Guid.NewGuid():N}@thread.tacv2").Activity, default));
    }

    [Fact]
    public async Task A_typed_answer_turns_the_card_that_asked_into_a_read_only_summary_in_its_own_thread()
    {
        await _runner.StartAsync(Turn(thread: "1"), TestDialog.DialogId);
        var promptId = _fake.AnsweredId(LastPosted());

        Assert.Contains("Hvad hedder du?", await TypeAsync("ja", thread: "2"), StringComparison.Ordinal);

        var update = Assert.Single(_fake.Sent("PUT"));
        Assert.EndsWith($"/v3/conversations/{Uri.EscapeDataString($"{_channel};messageid=1")}/activities/{promptId}", update.Path, StringComparison.Ordinal);
        var card = Assert.Single(update.Cards());
        Assert.Contains("Enig: Ja ✓", BotHarness.Text(card), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Action.", card.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("\"Input.", card.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>Writes in the channel as a typed message, and returns what the bot answered below (card text or text).</summary>
    private async Task<string?> TypeAsync(string text, string thread = "1")
    {
        var turn = Turn(thread: thread);
        var open = await _runner.FindAsync(turn.Activity, default);
        Assert.NotNull(open);
        var reply = await _runner.AnswerTypedAsync(turn, open, text);
        if (!reply.IsSent)
        {
            return reply.Text ?? BotHarness.Text(CardJson.ToNode(reply.Card!));
        }

        var posted = LastPosted();
        return posted.Text ?? BotHarness.Text(Assert.Single(posted.Cards()));
    }

    private RecordedRequest LastPosted() => _fake.Sent("POST").Last();

    private Turn Turn(string person = "aad-alice", string thread = "1", string? channel = null) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            Id = Guid.NewGuid().ToString(),
            ServiceUrl = _fake.ServiceUrl,
            From = new ChannelAccount { Id = $"29:{person}", Name = "Alice", AadObjectId = person },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "CoordinatorBot" },
            Conversation = new ConversationAccount { Id = $"{channel ?? _channel};messageid={thread}", ConversationType = ConversationTypes.Channel },
        },
        Language.Danish, _connector, default);

    private sealed class TestDialog : IDialog
    {
        public const string DialogId = "test";

        public string Id => DialogId;

        public IReadOnlyList<DialogStep> Steps =>
        [
            new("agree", DialogStepKind.YesNo, _ => "Er du enig?", _ => "Enig", (_, answer) => Task.FromResult(StepAnswer.Valid(answer))),
            new("name", DialogStepKind.Text, _ => "Hvad hedder du?", _ => "Navn",
                (_, answer) => Task.FromResult(answer.Length >= 2 ? StepAnswer.Valid(answer) : StepAnswer.Invalid("For kort."))),
        ];

        public Task<Reply> CompleteAsync(Turn turn, IReadOnlyDictionary<string, string> answers) =>
            Task.FromResult(Reply.WithText($"Tak, {answers["name"]} ({answers["agree"]})."));
    }
}
