namespace CoordinatorBot.Tests.Upgrades;

/// <summary>
/// Each earlier release's tables, as its own code wrote them, read by today's bot: the decision log, each record with
/// its votes and comments, the roles, onboardings and tasks read as the release showed them; an open decision takes
/// new and changed votes without doubling; numbers go on; the upgrade done once is not done again.
/// </summary>
[Trait("Category", "Integration")]
public sealed class UpgradeTests
{
    public static TheoryData<string> Releases => [.. ReleaseFixture.Names];

    private static readonly Dictionary<string, string> StatusWords = new()
    {
        ["Proposed"] = "Forslag", ["Accepted"] = "Accepteret", ["Rejected"] = "Afvist", ["Superseded"] = "Erstattet",
    };

    private static readonly Dictionary<string, string> ChoiceWords = new()
    {
        ["Approve"] = "Godkend", ["Reject"] = "Afvis", ["Abstain"] = "Undlad", ["Object"] = "Indsigelse",
    };

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task The_decision_log_and_every_record_read_as_the_release_showed_them(string release)
    {
        await using var fixture = await ReleaseFixture.StartAsync(release);
        var people = People(fixture);
        await fixture.CloseOpenDialogsAsync();

        var log = await fixture.SayAsync("beslutninger");
        foreach (var decision in Decisions(fixture))
        {
            var number = decision["number"]!.GetValue<string>();
            var title = decision["title"]!.GetValue<string>();
            Assert.Contains($"{number} · {title} {StatusWords[decision["status"]!.GetValue<string>()]}", log, StringComparison.Ordinal);

            var record = await fixture.SayAsync($"beslutning {number}");
            Assert.Contains($"{number} · {title}", record, StringComparison.Ordinal);
            // The release stored the proposal as a history row; today's record holds it too: shown once.
            Assert.Single(record.Split(" foreslog", StringSplitOptions.None).Skip(1));
            Assert.Contains(StatusWords[decision["status"]!.GetValue<string>()], record, StringComparison.Ordinal);
            var votes = decision["votes"]!.AsObject();
            foreach (var (word, choice) in ChoiceWords.Select(c => (c.Value, c.Key)))
            {
                Assert.Contains($"{word} {votes.Count(v => v.Value!.GetValue<string>() == choice)}", record, StringComparison.Ordinal);
            }

            // Members are named with their vote; a former member's vote (under their pseudonym) is counted above.
            foreach (var (voter, choice) in votes.Where(v => people.ContainsKey(v.Key)))
            {
                Assert.Contains($"{people[voter]} ({ChoiceWords[choice!.GetValue<string>()]})", record, StringComparison.Ordinal);
            }

            // Comments show on the presser's own card, not in the channel.
            var own = BotHarness.Text((await fixture.PressAsync(CardVerbs.ShowDecision,
                new JsonObject { ["decision"] = number, ["lang"] = "da" }, "aad-coordinator", people["aad-coordinator"]))["value"]);
            foreach (var comment in decision["comments"]!.AsArray())
            {
                Assert.Contains(comment!.GetValue<string>(), own, StringComparison.Ordinal);
            }

            if (decision["replaces"]?.GetValue<string>() is { } replaced)
            {
                Assert.Contains(replaced, record, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task Roles_onboardings_and_tasks_read_as_the_release_showed_them(string release)
    {
        await using var fixture = await ReleaseFixture.StartAsync(release);
        await fixture.CloseOpenDialogsAsync();

        var roles = await fixture.SayAsync("roller");
        foreach (var person in fixture.Expected["people"]!.AsArray())
        {
            Assert.Contains(person!["name"]!.GetValue<string>(), roles, StringComparison.Ordinal);
            if (person["municipality"]?.GetValue<string>() is { } municipality)
            {
                Assert.Contains($"{person["name"]!.GetValue<string>()} ({municipality})", roles, StringComparison.Ordinal);
            }
        }

        var onboardings = await fixture.SayAsync("onboarding status");
        foreach (var onboarding in fixture.Expected["onboardings"]!.AsArray())
        {
            var (done, total) = (onboarding!["done"]!.GetValue<int>(), onboarding["total"]!.GetValue<int>());
            Assert.Contains(done == total
                ? onboarding["municipality"]!.GetValue<string>()
                : $"{onboarding["municipality"]!.GetValue<string>()} · {done} af {total} trin", onboardings, StringComparison.Ordinal);
        }

        // The week shows what is due in it: every task the release showed in this week's plan is there.
        var week = await fixture.SayAsync("opgaver");
        var shownThen = fixture.Expected["shown"]!["opgaver"]!.GetValue<string>();
        var tasks = fixture.Expected["tasks"]!.AsArray().Where(t => !t!["done"]!.GetValue<bool>()).Select(t => t!["title"]!.GetValue<string>())
            .Where(title => shownThen.Contains(title, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(tasks);
        Assert.All(tasks, title => Assert.Contains(title, week, StringComparison.Ordinal));
    }

    /// <summary>The releases that had meetings, wishes, the backlog, status reports and governance (from the third on).</summary>
    public static TheoryData<string> ReleasesWithTheWholeCommunity =>
        [.. ReleaseFixture.Names.Where(name => ReleaseFixture.ExpectedOf(name)["meetings"] is not null)];

    [Theory]
    [MemberData(nameof(ReleasesWithTheWholeCommunity))]
    public async Task Meetings_wishes_the_board_status_reports_and_governance_read_as_the_release_showed_them(string release)
    {
        await using var fixture = await ReleaseFixture.StartAsync(release);
        await fixture.CloseOpenDialogsAsync();
        var expected = fixture.Expected;

        var meetings = await fixture.SayAsync("møder");
        Assert.All(expected["meetings"]!.AsArray(), m => Assert.Contains(m!["title"]!.GetValue<string>(), meetings, StringComparison.Ordinal));

        var board = await fixture.SayAsync("backlog");
        foreach (var item in expected["backlogItems"]!.AsArray())
        {
            Assert.Contains($"#{item!["number"]} {item["title"]!.GetValue<string>()}", board, StringComparison.Ordinal);
        }

        var wishes = await fixture.SayAsync("ønsker");
        foreach (var wish in expected["wishes"]!.AsArray().Where(w => !w!["inBacklog"]!.GetValue<bool>()))
        {
            Assert.Contains($"#{wish!["number"]} · {wish["title"]!.GetValue<string>()} {wish["supporters"]} kommuner", wishes, StringComparison.Ordinal);
        }

        foreach (var report in expected["statusReports"]!.AsArray().Where(r => r!["published"]!.GetValue<bool>()))
        {
            var number = report!["number"]!.GetValue<string>();
            var shown = await fixture.SayAsync($"status {number}");
            Assert.Contains($"Statusrapport {number}", shown, StringComparison.Ordinal);
            Assert.Contains("Offentliggjort af", shown, StringComparison.Ordinal);
        }

        var governance = await fixture.SayAsync("governance");
        var marks = expected["governanceMarks"]!.AsArray().GroupBy(m => m!["mark"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        Assert.Contains($"Opfyldt: {marks.GetValueOrDefault("Met")}", governance, StringComparison.Ordinal);
        Assert.Contains($"Uklart: {marks.GetValueOrDefault("Unclear")}", governance, StringComparison.Ordinal);
    }

    /// <summary>The releases that kept a person's chosen personal-chat language (»sprog«, from the fifth on).</summary>
    public static TheoryData<string> ReleasesWithChosenLanguages =>
        [.. ReleaseFixture.Names.Where(name => ReleaseFixture.ExpectedOf(name)["languages"] is not null)];

    [Theory]
    [MemberData(nameof(ReleasesWithChosenLanguages))]
    public async Task A_chosen_language_still_answers_the_personal_chat_and_no_choice_stays_Danish(string release)
    {
        await using var fixture = await ReleaseFixture.StartAsync(release);
        await fixture.CloseOpenDialogsAsync();
        var titles = new Dictionary<string, string>
        {
            ["da"] = new Texts(Language.Danish).HelpTitle, ["en"] = new Texts(Language.English).HelpTitle,
        };

        var languages = fixture.Expected["languages"]!.AsArray();
        Assert.Contains(languages, l => l!["chosen"]?.GetValue<string>() is not null);
        foreach (var person in languages)
        {
            // From a Danish Teams, in a Danish community: only the choice makes it English.
            var answers = person!["answers"]!.GetValue<string>();
            var help = await fixture.SayPersonallyAsync("hjælp", person["aadObjectId"]!.GetValue<string>(), person["name"]!.GetValue<string>());
            Assert.Contains(titles[answers], help, StringComparison.Ordinal);
            Assert.DoesNotContain(titles[answers == "da" ? "en" : "da"], help, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task An_open_decision_takes_new_and_changed_votes_once_and_numbers_go_on(string release)
    {
        await using var fixture = await ReleaseFixture.StartAsync(release);
        var people = People(fixture);
        var open = Decisions(fixture).First(d => d["openForVotes"]!.GetValue<bool>() && d["votes"]!.AsObject().Any(v => people.ContainsKey(v.Key)));
        var number = DecisionNumber.TryParse(open["number"]!.GetValue<string>())!;
        var before = open["votes"]!.AsObject().ToDictionary(v => v.Key, v => v.Value!.GetValue<string>());
        var (changer, changed) = before.First(v => people.ContainsKey(v.Key));
        var body = open["body"]!.GetValue<string>();
        var newcomer = fixture.Expected["people"]!.AsArray()
            .First(p => p!["roles"]!.AsArray().Any(r => r!.GetValue<string>() == body) && !before.ContainsKey(p["aadObjectId"]!.GetValue<string>()))!
            ["aadObjectId"]!.GetValue<string>();

        // Choices that leave the decision open until the last member has voted.
        var changedTo = changed == "Abstain" ? "Approve" : "Abstain";
        foreach (var (voter, choice) in new[] { (changer, changedTo), (changer, changedTo), (newcomer, "Abstain") })
        {
            var answer = await fixture.PressAsync(CardVerbs.Vote,
                new JsonObject { ["decision"] = number.ToString(), ["choice"] = choice, ["lang"] = "da" }, voter, people.GetValueOrDefault(voter, voter));
            Assert.DoesNotContain("Beklager", answer.ToJsonString(), StringComparison.Ordinal);
        }

        var votes = await fixture.Harness.Bot.Services.GetRequiredService<DecisionStore>().VotesAsync(fixture.TeamId, number, default);
        Assert.Equal(before.Count + 1, votes.Count);
        Assert.Equal(changedTo, votes.Single(v => v.VoterId == changer).Choice.ToString());
        Assert.Equal("Abstain", votes.Single(v => v.VoterId == newcomer).Choice.ToString());
        foreach (var (voter, choice) in before.Where(v => v.Key != changer))
        {
            Assert.Equal(choice, votes.Single(v => v.VoterId == voter).Choice.ToString());
        }

        var highest = Decisions(fixture).Select(d => DecisionNumber.TryParse(d["number"]!.GetValue<string>())!).Max()!;
        var proposed = await fixture.PressAsync(CardVerbs.ProposeDecision, new JsonObject
        {
            ["lang"] = "da", ["title"] = "Efter opgraderingen", ["type"] = "Operational", ["body"] = "SteeringGroup",
            ["context"] = "Kontekst", ["proposal"] = "Forslag", ["consequences"] = "", ["implementation"] = "", ["risks"] = "",
            ["deadlineDate"] = "2030-03-04", ["deadlineTime"] = "12:00", ["rule"] = "body", ["participation"] = "0",
        }, "aad-coordinator", people["aad-coordinator"]);
        Assert.Contains(new DecisionNumber(highest.Year, highest.Sequence + 1).ToString(), proposed.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Releases))]
    public async Task The_upgrade_done_once_is_not_done_again(string release)
    {
        await using var fixture = await ReleaseFixture.StartAsync(release);
        var upgraded = await fixture.RowsAsync();

        await fixture.RestartBotAsync();

        Assert.Equal(upgraded, await fixture.RowsAsync());
        Assert.Equal(StoreLayout.Current, await new StoreLayoutRow(fixture.Tables, TimeProvider.System).ReadAsync(default));
    }

    private static IEnumerable<JsonNode> Decisions(ReleaseFixture fixture) => fixture.Expected["decisions"]!.AsArray()!.OfType<JsonNode>();

    private static Dictionary<string, string> People(ReleaseFixture fixture) =>
        fixture.Expected["people"]!.AsArray().ToDictionary(p => p!["aadObjectId"]!.GetValue<string>(), p => p!["name"]!.GetValue<string>());
}
