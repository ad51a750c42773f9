using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Storage.Dialogs;
using CoordinatorBot.Tests.Features;
using CoordinatorBot.Tests.Storage;
using Microsoft.Extensions.Time.Testing;

namespace CoordinatorBot.Tests.Conversation;

/// <summary>The guided-dialog mechanism with a small dialog of its own, state in Azurite.</summary>
[Trait("Category", "Integration")]
public sealed class DialogRunnerTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-30T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private readonly TestDialog _dialog = new();

    [Fact]
    public async Task A_yes_no_question_takes_yes_and_no_in_both_languages_asks_again_and_hands_the_answers_over()
    {
        var runner = new DialogRunner([_dialog], new DialogStore(storage.Tables), _time);
        var turn = Turn();

        var first = await runner.StartAsync(turn, TestDialog.DialogId);
        Assert.Contains("\"Ja\"", CardJson.Serialize(first.Card!), StringComparison.Ordinal);
        Assert.Contains("Vælg en af mulighederne: Ja eller Nej.", Text(await runner.AnswerAsync(turn, DialogMove.Answer, "måske")), StringComparison.Ordinal);
        Assert.Contains("Hvad hedder du?", Text(await runner.AnswerAsync(turn, DialogMove.Answer, "YES")), StringComparison.Ordinal);
        Assert.Contains("Er du enig?", Text(await runner.AnswerAsync(turn, DialogMove.Answer, "tilbage")), StringComparison.Ordinal);
        await runner.AnswerAsync(turn, DialogMove.Answer, "nej");
        Assert.Contains("For kort.", Text(await runner.AnswerAsync(turn, DialogMove.Answer, "x")), StringComparison.Ordinal);

        var done = await runner.AnswerAsync(turn, DialogMove.Answer, "Mette");

        Assert.Equal("Tak, Mette (false).", done!.Text);
        Assert.Null(await runner.AnswerAsync(turn, DialogMove.Answer, "mere"));
    }

    [Fact]
    public async Task A_dialog_belongs_to_its_conversation_and_person()
    {
        var runner = new DialogRunner([_dialog], new DialogStore(storage.Tables), _time);
        await runner.StartAsync(Turn(), TestDialog.DialogId);

        Assert.Null(await runner.AnswerAsync(Turn(person: "aad-other"), DialogMove.Answer, "ja"));
        Assert.Null(await runner.AnswerAsync(Turn(conversation: "a:elsewhere"), DialogMove.Answer, "ja"));
        Assert.Contains("Hvad hedder du?", Text(await runner.AnswerAsync(Turn(), DialogMove.Answer, "ja")), StringComparison.Ordinal);
    }

    private static string Text(Reply? reply) => reply?.Text ?? BotHarness.Text(CardJson.ToNode(reply!.Card!));

    private Turn Turn(string person = "aad-alice", string conversation = "a:dialog-chat") => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = $"29:{person}", Name = "Alice", AadObjectId = person },
            Conversation = new ConversationAccount { Id = $"{conversation}-{GetHashCode()}" },
        },
        Language.Danish, null!, default);

    private sealed class TestDialog : IDialog
    {
        public const string DialogId = "test";

        public string Id => DialogId;

        public IReadOnlyList<DialogStep> Steps =>
        [
            new("agree", DialogStepKind.YesNo, _ => "Er du enig?", (_, answer) => Task.FromResult(StepAnswer.Valid(answer))),
            new("name", DialogStepKind.Text, _ => "Hvad hedder du?",
                (_, answer) => Task.FromResult(answer.Length >= 2 ? StepAnswer.Valid(answer) : StepAnswer.Invalid("For kort."))),
        ];

        public Task<Reply> CompleteAsync(Turn turn, IReadOnlyDictionary<string, string> answers) =>
            Task.FromResult(Reply.WithText($"Tak, {answers["name"]} ({answers["agree"]})."));
    }
}
