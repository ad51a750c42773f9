namespace CoordinatorBot.Tests.Operations;

/// <summary>
/// The weekly nudge of a community reads what waits once, however many people it nudges: one query for the open
/// decisions, one for the votes on them, and each person's personal chat once (counted per table in the pipeline).
/// </summary>
[Trait("Category", "Integration")]
public sealed class NudgeReadsTests() : ClockedBotFeatureTests(DateTimeOffset.Parse("2026-11-30T06:00:00Z", CultureInfo.InvariantCulture),
    hostedScheduler: false, services: services =>
    {
        SharedCardUpdates.SwitchOff(services);
        TableRequests.Install(services);
    })
{
    private TableRequests Requests => Service<TableRequests>();

    protected override async Task SetUpAsync()
    {
        await Harness.SetUpCommunityAsync();
        await Harness.AddMembersAsync(Role.SteeringGroup, [.. Enumerable.Range(0, 8).Select(i => ($"aad-member-{i:00}", $"Person {i:00}"))]);
        foreach (var title in new[] { "Fælles testmiljø", "Ny leverandør", "Budget 2027" })
        {
            await Harness.PressAsync(CardVerbs.ProposeDecision, new JsonObject
            {
                ["lang"] = "da", ["title"] = title, ["type"] = "Operational", ["body"] = "SteeringGroup",
                ["context"] = "Baggrund.", ["proposal"] = "Forslag.", ["deadlineDate"] = "2026-12-10", ["deadlineTime"] = "12:00",
                ["rule"] = "SimpleMajority", ["participation"] = "0",
            });
        }

        await Harness.PressAsync(CardVerbs.Vote, new JsonObject { ["decision"] = "B-2026-001", ["choice"] = "Approve", ["lang"] = "da" },
            aad: "aad-member-00", name: "Person 00");
    }

    [Fact]
    public async Task The_nudge_queries_the_open_decisions_once_and_their_votes_once_and_reads_each_personal_chat_once()
    {
        var community = (await Harness.Service<CommunityStore>().GetAsync(ActivityBuilder.TeamId, default))!;
        var people = (await Harness.Service<MemberStore>().ListAsync(community.Id, default)).Count;
        var job = Harness.Bot.Services.GetServices<IScheduledJob>().OfType<WeeklyNudgeJob>().Single();
        var before = Requests.Count;

        var queued = await job.NudgeAsync(community, default);

        Assert.True(queued >= 8, $"{queued} nudges queued");
        Assert.Equal(2, Requests.Queries(TableNames.Decisions, before));
        Assert.Equal(0, Requests.PointReads(TableNames.Decisions, before));
        Assert.Equal(people, Requests.PointReads(TableNames.PersonalConversations, before));
    }

    [Fact]
    public async Task What_waits_read_once_still_tells_each_person_the_votes_they_owe()
    {
        var community = (await Harness.Service<CommunityStore>().GetAsync(ActivityBuilder.TeamId, default))!;
        var week = Harness.Service<WeekView>();

        var waiting = await week.WaitingAsync(community, default);

        string[] Owed(string person) => [.. week.PendingVotes(waiting, waiting.Members.Single(m => m.AadObjectId == person))
            .Select(v => v.Decision.Number.ToString())];
        Assert.Equal(["B-2026-003", "B-2026-002"], Owed("aad-member-00"));
        Assert.Equal(["B-2026-003", "B-2026-002", "B-2026-001"], Owed("aad-member-01"));
    }
}
