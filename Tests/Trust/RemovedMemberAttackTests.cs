namespace CoordinatorBot.Tests.Trust;

/// <summary>
/// A person removed from the team tries to keep acting: voting, the coordinator's commands and the export from a
/// personal chat, and waiting for the next nudge. Issue #8, item 3.
/// </summary>
[Trait("Category", "Integration")]
// Sunday 29 November 2026, 20:00 in Copenhagen: the nudge is due the next morning at 08:00.
// The test runs the scheduler and the outbox itself, so that nothing races it.
public sealed class RemovedMemberAttackTests() : ClockedBotFeatureTests(
    DateTimeOffset.Parse("2026-11-29T19:00:00Z", CultureInfo.InvariantCulture), hostedScheduler: false)
{
    private MemberStore Members => Service<MemberStore>();
    private DecisionStore Decisions => Service<DecisionStore>();
    private static readonly DecisionNumber First = new(2026, 1);

    protected override async Task SetUpAsync()
    {
        await Harness.SetUpSteeringGroupAsync(("aad-bob", "Bob"), ("aad-carl", "Carl"));
        foreach (var (id, name) in new[] { ("aad-bob", "Bob"), ("aad-carl", "Carl") })
        {
            await Harness.OpenPersonalChatAsync(id, name, $"a:{id}-chat");
        }

        await Harness.ProposeTestEnvironmentAsync("2026-12-10");
    }

    [Fact]
    public async Task Leaving_the_team_ends_the_persons_roles_and_the_history_says_which_by_whom_and_when()
    {
        await RemoveBobAsync();

        Assert.Null(await Members.GetAsync(TeamId, "aad-bob", default));
        Assert.NotNull(await Members.GetAsync(TeamId, "aad-carl", default));
        var ended = Assert.Single(await Members.HistoryAsync(TeamId, "aad-bob", default));
        Assert.Equal(("Bob", Role.SteeringGroup, RoleHistoryChange.Ended, "Teams", Time.GetUtcNow()),
            (ended.Name, ended.Role, ended.Change, ended.ByName, ended.At));
    }

    [Fact]
    public async Task A_removal_as_Teams_documents_it_with_the_teams_user_id_only_ends_the_roles_too()
    {
        // Teams' documented teamMemberRemoved example names the person by their "29:" id alone, without aadObjectId.
        var removed = TrustActivities.MemberRemoved(Harness.ServiceUrl, "aad-bob", "Bob");
        removed["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = "29:aad-bob" });
        Connector.Roster.RemoveAll(p => p.AadObjectId == "aad-bob");

        await Harness.PostAsync(removed);

        Assert.Null(await Members.GetAsync(TeamId, "aad-bob", default));
        Assert.NotNull(await Members.GetAsync(TeamId, "aad-carl", default));
        var ended = Assert.Single(await Members.HistoryAsync(TeamId, "aad-bob", default));
        Assert.Equal((Role.SteeringGroup, RoleHistoryChange.Ended), (ended.Role, ended.Change));
    }

    [Fact]
    public async Task A_removed_persons_vote_is_refused_in_the_channel_and_from_the_personal_chat_and_no_vote_is_written()
    {
        await RemoveBobAsync();

        var inChannel = await Harness.PressAsync(CardVerbs.Vote,
            new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve", ["lang"] = "da" }, aad: "aad-bob", name: "Bob");
        var personal = await Harness.PostAsync(TrustActivities.PersonalExecute(Harness.ServiceUrl, CardVerbs.Vote,
            new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve", ["lang"] = "da" }, "aad-bob", "Bob"));

        Assert.Contains("Kun medlemmer af styregruppe kan stemme om B-2026-001.", TrustActivities.Read(inChannel), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, personal.StatusCode);
        Assert.Contains("Den kommando hører til et fællesskab. Brug den i teamets kanal", await personal.Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Empty(await Decisions.VotesAsync(TeamId, First, default));
        Assert.True((await Decisions.GetAsync(TeamId, First, default))!.IsOpen);
        Assert.DoesNotContain(await Decisions.AuditAsync(TeamId, First, default), a => a.Action is AuditAction.Voted or AuditAction.VoteChanged);
    }

    [Fact]
    public async Task From_a_personal_chat_someone_off_the_teams_roster_gets_no_coordinator_commands_and_no_export_link()
    {
        // Alice still holds the coordinator role in storage (say the event of her leaving never came), but Teams no
        // longer lists her in the team.
        Connector.Roster.RemoveAll(p => p.AadObjectId == "aad-alice");
        // What the bot read of the roster at setup is kept for minutes, not hours.
        Time.Advance(TimeSpan.FromMinutes(5));

        var tasks = await SayPersonallyAsync("opgaver", "aad-alice", "Alice");
        var export = await SayPersonallyAsync("eksportér beslutninger", "aad-alice", "Alice");

        Assert.Equal("Den kommando hører til et fællesskab. Brug den i teamets kanal, hvor jeg er tilføjet.", tasks.Text);
        Assert.Empty(tasks.Cards());
        Assert.Equal("Den kommando hører til et fællesskab. Brug den i teamets kanal, hvor jeg er tilføjet.", export.Text);
        Assert.DoesNotContain("/export/decisions", export.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("signature=", export.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_person_on_the_roster_gets_the_commands_in_the_personal_chat()
    {
        // The control for the test above: the refusal comes from the roster, not from the personal chat itself.
        var tasks = await SayPersonallyAsync("opgaver", "aad-alice", "Alice");

        Assert.Contains("Ugens plan", BotHarness.Text(tasks.Cards().Single()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_person_gets_no_weekly_nudge_while_the_others_do()
    {
        await RemoveBobAsync();
        var scheduler = Service<JobScheduler>();

        Time.SetUtcNow(DateTimeOffset.Parse("2026-11-30T07:00:30Z", CultureInfo.InvariantCulture));
        await scheduler.TickAsync(default);
        await scheduler.TickAsync(default);
        await DeliverUntilAsync(() => Connector.Sent("POST").Any(r => r.Path == "/teams/v3/conversations/a%3Aaad-carl-chat/activities"));

        var carl = Assert.Single(Connector.Sent("POST"), r => r.Path == "/teams/v3/conversations/a%3Aaad-carl-chat/activities");
        Assert.Contains("Fælles testmiljø", BotHarness.Text(carl.Cards().Single()), StringComparison.Ordinal);
        Assert.DoesNotContain(Connector.Sent("POST"), r => r.Path.Contains("aad-bob", StringComparison.Ordinal));
        Assert.DoesNotContain(Connector.Sent("POST"), r => r.Path == "/teams/v3/conversations" && r.Body.Contains("aad-bob", StringComparison.Ordinal));
    }

    private async Task RemoveBobAsync()
    {
        Connector.Roster.RemoveAll(p => p.AadObjectId == "aad-bob");
        var response = await Harness.PostAsync(TrustActivities.MemberRemoved(Harness.ServiceUrl, "aad-bob", "Bob"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<RecordedRequest> SayPersonallyAsync(string text, string aad, string name)
    {
        var before = Connector.Requests.Count;
        var response = await Harness.PostAsync(TrustActivities.PersonalMessage(Harness.ServiceUrl, text, aad, name));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Connector.Requests.Skip(before).Last(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal));
    }

    /// <summary>Delivers the outbox until <paramref name="arrived"/> holds, then once more so that a late one would show.</summary>
    private async Task DeliverUntilAsync(Func<bool> arrived)
    {
        var sender = Service<OutboxSender>();
        var outbox = Service<OutboxStore>();
        await Eventually.TrueAsync(async () =>
        {
            await sender.DeliverDueAsync(default);
            var counts = await outbox.CountAsync(default);
            return arrived() && counts[OutboxStatus.Pending] + counts[OutboxStatus.InFlight] == 0;
        }, "the nudges to be delivered");
        await sender.DeliverDueAsync(default);
    }
}
