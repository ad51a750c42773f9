using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.Features;

/// <summary>
/// The language a person reads outside the team's channels: many Danes run Teams in English (locale en-US), and a Danish
/// community's people still read Danish in their personal chat unless they choose English with "sprog english"; with
/// communities in both languages their locale (of the message in hand) decides; a group chat gets one install message.
/// </summary>
[Trait("Category", "Integration")]
public sealed class LanguageFeatureTests() : BotFeatureTests(hostedScheduler: false)
{
    private const string EnglishTeam = "19:team-english@thread.tacv2";

    protected override Task SetUpAsync() => Harness.SetUpSteeringGroupAsync(("aad-bob", "Bob"));

    [Fact]
    public async Task Help_in_the_personal_chat_of_a_Danish_communitys_member_with_an_English_Teams_is_Danish_and_says_how_to_switch()
    {
        var help = await CardTextAsync("hjælp", "aad-bob", "Bob", "en-US");
        var english = await CardTextAsync("help", "aad-bob", "Bob", "en-US");

        Assert.Contains("Det kan jeg hjælpe med", help, StringComparison.Ordinal);
        Assert.Contains("Sprog: jeg skriver dansk til dig her. Skriv »sprog english«", help, StringComparison.Ordinal);
        // The words of the command do not choose the language either: "help" is Danish for a Dane.
        Assert.Contains("Det kan jeg hjælpe med", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sprog_english_is_what_gives_English_and_sprog_dansk_takes_it_back()
    {
        await SayPersonallyAsync("sprog english", "aad-bob", "Bob", "da-DK");
        var english = await CardTextAsync("hjælp", "aad-bob", "Bob", "da-DK");
        await SayPersonallyAsync("language danish", "aad-bob", "Bob", "en-US");
        var danish = await CardTextAsync("help", "aad-bob", "Bob", "en-US");

        Assert.Contains("What I can help with", english, StringComparison.Ordinal);
        Assert.Contains("“language danish” (or “sprog dansk”)", english, StringComparison.Ordinal);
        Assert.Contains("Det kan jeg hjælpe med", danish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_communities_in_both_languages_the_locale_of_the_message_in_hand_decides()
    {
        await SetUpEnglishCommunityAsync();

        var english = await CardTextAsync("hjælp", "aad-alice", "Alice", "en-US");
        var danish = await CardTextAsync("hjælp", "aad-alice", "Alice", "da-DK");
        var englishAgain = await CardTextAsync("hjælp", "aad-alice", "Alice", "en-GB");

        Assert.Contains("What I can help with", english, StringComparison.Ordinal);
        Assert.Contains("Det kan jeg hjælpe med", danish, StringComparison.Ordinal);
        Assert.Contains("What I can help with", englishAgain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newcomer_whose_Teams_was_English_and_now_is_Danish_is_answered_in_Danish_in_that_same_turn()
    {
        // Communities in both languages and no role: the locale decides, and it is the locale of this message, not the
        // one stored from the message before.
        await SetUpEnglishCommunityAsync();
        var before = await CardTextAsync("hjælp", "aad-nora", "Nora", "en-US");

        var now = await CardTextAsync("hjælp", "aad-nora", "Nora", "da-DK");

        Assert.Contains("What I can help with", before, StringComparison.Ordinal);
        Assert.Contains("Det kan jeg hjælpe med", now, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_newcomer_without_a_role_in_a_tenant_whose_communities_write_Danish_reads_Danish()
    {
        var help = await CardTextAsync("hjælp", "aad-new", "Nina", "en-US");

        Assert.Contains("Det kan jeg hjælpe med", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_welcome_in_the_personal_chat_is_in_the_language_its_next_answers_have()
    {
        var install = ActivityBuilder.Fixture("installation-update.json");
        install["serviceUrl"] = Harness.ServiceUrl;
        install["from"] = new JsonObject { ["id"] = "29:aad-bob", ["aadObjectId"] = "aad-bob" };

        await Harness.PostAsync(install);

        var welcome = Connector.Sent("POST").Last().Cards().Single();
        Assert.Equal("da", welcome["lang"]!.GetValue<string>());
    }

    [Fact]
    public async Task Help_in_the_channel_says_where_a_person_chooses_their_own_language()
    {
        var help = BotHarness.Text((await Harness.SayAsync("hjælp", locale: "en-US")).Cards().Single());

        Assert.Contains("»opsætning«", help, StringComparison.Ordinal);
        Assert.Contains("»sprog english«", help, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_group_chat_gets_one_install_message_in_Danish_whatever_the_installers_locale()
    {
        const string chat = "19:group-chat@unq.gbl.spaces";
        foreach (var type in new[] { "installationUpdate", "conversationUpdate" })
        {
            var activity = TrustActivities.GroupChatMessage(Harness.ServiceUrl, string.Empty, chat, "aad-bob", "Bob");
            activity["type"] = type;
            activity["locale"] = "en-US";
            activity.Remove("text");
            activity.Remove("entities");
            if (type == "installationUpdate")
            {
                activity["action"] = "add";
            }
            else
            {
                activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = ActivityBuilder.BotId });
            }

            Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(activity)).StatusCode);
        }

        var sent = Assert.Single(Connector.Sent("POST"), r => r.Path.Contains(Uri.EscapeDataString(chat), StringComparison.Ordinal));
        Assert.StartsWith("Jeg arbejder i et produkts team", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_nudge_to_the_personal_chat_follows_the_same_rule_as_its_answers()
    {
        await SayPersonallyAsync("hjælp", "aad-bob", "Bob", "en-US");
        var targets = Service<ProactiveTargets>();
        var community = (await Service<CommunityStore>().GetAsync(ActivityBuilder.TeamId, default))!;
        var bob = (await Service<MemberStore>().GetAsync(ActivityBuilder.TeamId, "aad-bob", default))!;

        var before = await targets.LanguageAsync(community, bob, default);
        await SayPersonallyAsync("sprog english", "aad-bob", "Bob", "da-DK");

        Assert.Equal((Language.Danish, Language.English), (before, await targets.LanguageAsync(community, bob, default)));
    }

    private async Task SetUpEnglishCommunityAsync()
    {
        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl, teamId: EnglishTeam));
        Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(ActivityBuilder.Execute(Harness.ServiceUrl, CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2forms", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da", ["communityLanguage"] = "en",
            ["steeringRule"] = "SimpleMajority", ["coordinationRule"] = "SimpleMajority", ["participation"] = "0",
        }, teamId: EnglishTeam))).StatusCode);
    }

    /// <summary>The text of the card the bot answers a personal message with.</summary>
    private async Task<string> CardTextAsync(string text, string aad, string name, string locale) =>
        BotHarness.Text((await SayPersonallyAsync(text, aad, name, locale)).Cards().Single());

    private async Task<RecordedRequest> SayPersonallyAsync(string text, string aad, string name, string locale)
    {
        var before = Connector.Requests.Count;
        var message = TrustActivities.PersonalMessage(Harness.ServiceUrl, text, aad, name);
        message["locale"] = locale;
        message["entities"]![0]!["locale"] = locale;
        Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(message)).StatusCode);
        return Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
    }
}
