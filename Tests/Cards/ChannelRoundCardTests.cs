namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// The channel post for people the bot cannot write to in a 1:1 chat holds other composers' cards inside its sections:
/// it must still be a valid card at 1.5, mention each person once, and stay under Teams' size limit by splitting.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ChannelRoundCardTests
{
    private static RoundMessage Person(int i, string galleryCard) => new($"29:aad-{i}", $"Person {i}",
        CardJson.ToNode(CardGallery.All().Single(c => c.Name == galleryCard).Card).AsObject(), null);

    [Fact]
    public async Task A_round_of_nudges_reminders_and_a_text_is_one_valid_card_in_the_channels_language()
    {
        IReadOnlyList<RoundMessage> people =
        [
            Person(1, "nudge-member.da"), Person(2, "reminder.da"), Person(3, "nudge-coordinator.en"),
            new("29:aad-4", "Person 4", null, "Husk at stemme om B-2026-014."),
        ];

        var post = Assert.Single(ChannelRoundCard.Compose(new Texts(Language.English), people));

        Assert.Equal("en", post["lang"]!.GetValue<string>());
        Assert.Equal(["29:aad-1", "29:aad-2", "29:aad-3", "29:aad-4"],
            post["msteams"]!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>()));
        var sections = post["body"]!.AsArray().Skip(1).ToList();
        Assert.Equal(4, sections.Count);
        Assert.Equal("<at>Person 2</at>", sections[1]!["items"]![0]!["text"]!.GetValue<string>());
        Assert.Contains("Husk at stemme om B-2026-014.", sections[3]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(sections[0]!["items"]!.AsArray(), i => i!["type"]!.GetValue<string>() == "ActionSet");

        await CardValidator.AssertValidAsync(post);
    }

    [Fact]
    public void A_round_too_large_for_one_message_is_split_with_everyone_mentioned_once_under_the_limit()
    {
        var people = Enumerable.Range(1, 60).Select(i => Person(i, "plan-overflow.da")).ToList();

        var posts = ChannelRoundCard.Compose(new Texts(Language.Danish), people);

        Assert.True(posts.Count > 1);
        Assert.All(posts, p => Assert.True(Encoding.UTF8.GetByteCount(p.ToJsonString()) < CardValidationTests.MaxCardBytes));
        Assert.Equal(people.Select(p => p.TeamsUserId),
            posts.SelectMany(p => p["msteams"]!["entities"]!.AsArray().Select(e => e!["mentioned"]!["id"]!.GetValue<string>())));
    }

    [Fact]
    public void A_message_composed_here_and_one_read_back_from_the_outbox_show_the_same_card_in_the_channel_post()
    {
        var card = CardGallery.All().Single(c => c.Name == "reminder.da").Card;
        var composed = CoordinatorBot.Bot.Communities.BotMessage.Create("28:bot", "a:chat", card, null);
        var readBack = System.Text.Json.JsonSerializer.Deserialize<CoordinatorBot.Bot.Protocol.Schema.Activity>(
            System.Text.Json.JsonSerializer.Serialize(composed, CoordinatorBot.Bot.Protocol.Schema.ProtocolJson.Options),
            CoordinatorBot.Bot.Protocol.Schema.ProtocolJson.Options)!;
        var target = new CoordinatorBot.Storage.Outbox.OutboxTarget("https://smba.example/", "tenant", "28:bot", null, "29:aad-1",
            "19:channel", "round-1", "Person 1", "da");

        var posts = CoordinatorBot.Bot.Scheduling.ChannelRoundPost.Compose("19:channel", [(target, composed), (target with { UserId = "29:aad-2" }, readBack)]);

        // Each section: the person's name, then their card's elements and buttons.
        var sections = Assert.Single(posts).Post.Attachments![0].Content!["body"]!.AsArray().Skip(1)
            .Select(section => section!["items"]!.AsArray().Skip(1).Select(item => item!.ToJsonString()).ToList()).ToList();
        Assert.NotEmpty(sections[0]);
        Assert.Equal(sections[1], sections[0]);
    }
}
