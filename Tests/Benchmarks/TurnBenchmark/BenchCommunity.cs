using System.Globalization;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Cards.Setup;
using CoordinatorBot.Cards.Status;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Status;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Backlog;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Decisions;
using CoordinatorBot.Storage.Onboarding;
using CoordinatorBot.Storage.Status;
using CoordinatorBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// The community every turn acts in, and the turns. People: the coordinator; 64 members of the steering group (the
/// voters, who also answer the time poll); 64 people of 64 municipalities (who raise and support wishes); 4 of the
/// coordination group (who prioritise). Records: decisions to vote on, onboardings to tick, 40 open wishes, 60 new
/// backlog items within a large budget, one time poll of the steering group, the governance checklist. Set up through
/// the bot's own turns where a turn makes it (install, setup, proposals, the poll) and through its stores where the
/// turns would take minutes (people, onboardings, wishes, items).
/// </summary>
internal sealed class BenchCommunity(Func<JsonObject, Task<string>> post, IServiceProvider stores, string serviceUrl)
{
    public const string Coordinator = "aad-coordinator-000";
    public const int Voters = 64;
    /// <summary>The hot decision's voters: as many as the default concurrency, each worker one of them.</summary>
    public const int HotVoters = 16;
    /// <summary>Open decisions for first votes: 64 × 160 first votes, more than a phase sends.</summary>
    public const int Ballots = 160;
    public const int Municipalities = 64;
    public const int Wishes = 40;
    public const int Items = 60;
    public const int CoordinationGroup = 4;
    private const string Supplier = "Magenta ApS";

    private static readonly string[] Turns = ["help", "propose", "vote", "revote", "hot", "tick", "support", "prioritise", "poll", "governance"];

    private string _revoted = string.Empty;
    private string _hot = string.Empty;
    private List<string> _ballots = [];
    private List<(string Id, string Step)> _steps = [];
    private string _poll = string.Empty;

    /// <summary>Every turn's name, in the order the benchmark runs them.</summary>
    public static IReadOnlyList<string> AllTurns => Turns;

    private static string TeamId => Activities.TeamId;
    private TableClient Backlog => stores.GetRequiredService<StorageTables>()[TableNames.Backlog];
    private TableClient Decisions => stores.GetRequiredService<StorageTables>()[TableNames.Decisions];
    private TableClient StatusReports => stores.GetRequiredService<StorageTables>()[TableNames.StatusReports];

    /// <summary>The keys of the community's rows in the decisions' table as set up (<see cref="KeepRowsAsync"/>).</summary>
    private HashSet<string>? _setUp;

    public static string Voter(int i) => $"aad-member-{i % Voters:000}";
    public static string Kommune(int i) => $"aad-kommune-{i % Municipalities:000}";
    private static string CoordinationMember(int i) => $"aad-kg-{i % CoordinationGroup:000}";
    private static string MunicipalityOf(int i) => Domain.Onboarding.Municipalities.All[i % Municipalities];

    /// <summary>Sets up what the chosen turns need (every community has its people, install and setup).</summary>
    public async Task SetUpAsync(IReadOnlyCollection<string> turns)
    {
        // The people first: the install and the first setup then read them afresh.
        var members = stores.GetRequiredService<MemberStore>();
        var people = Enumerable.Range(0, Voters).Select(i => new Member(Voter(i), $"Person {i:000}", new HashSet<Role> { Role.SteeringGroup }, null, $"29:{Voter(i)}"))
            .Concat(Enumerable.Range(0, Municipalities).Select(i =>
                new Member(Kommune(i), $"Kommune {i:000}", new HashSet<Role> { Role.Municipality }, MunicipalityOf(i), $"29:{Kommune(i)}")))
            .Concat(Enumerable.Range(0, CoordinationGroup).Select(i =>
                new Member(CoordinationMember(i), $"Koordinationsgruppe {i:000}", new HashSet<Role> { Role.CoordinationGroup }, null, $"29:{CoordinationMember(i)}")))
            .Append(new Member("aad-supplier-000", "Leverandør 000", new HashSet<Role> { Role.Supplier }, null, "29:aad-supplier-000", Supplier));
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (m, ct) =>
            await members.UpdateAsync(TeamId, m.AadObjectId, _ => m, ct));

        await post(Activities.TeamInstall(serviceUrl, Coordinator));
        await post(Activities.Execute(serviceUrl, CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
            ["steeringRule"] = "SimpleMajority", ["coordinationRule"] = "Unanimous", ["participation"] = "0",
            [SetupCard.BacklogHoursInput] = "100000", [SetupCard.BacklogPeriodInput] = "Year", [SetupCard.SupportThresholdInput] = "3",
        }, Coordinator));

        if (turns.Contains("vote") || turns.Contains("revote") || turns.Contains("hot"))
        {
            // A few at a time: each is a turn of its own, and one by one they would take a minute on a busy machine.
            var count = turns.Contains("vote") ? Ballots + 2 : 2;
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
                await post(Activities.Execute(serviceUrl, CardVerbs.ProposeDecision, Proposal($"Afstemning {i} i benchmarken"), Coordinator)));

            var numbers = (await stores.GetRequiredService<DecisionStore>().ListAsync(TeamId, default))
                .Select(d => d.Number).Order().Select(n => n.ToString()).ToList();
            (_revoted, _hot, _ballots) = (numbers[0], numbers[1], numbers[2..]);

            // Their voters' rows exist from here on, so that they are kept when each round's added rows go.
            var first = Enumerable.Range(0, turns.Contains("revote") ? Voters : 0).Select(i => Vote(_revoted, "Approve", Voter(i)))
                .Concat(Enumerable.Range(0, turns.Contains("hot") ? HotVoters : 0).Select(i => Vote(_hot, "Approve", Voter(i))));
            await Parallel.ForEachAsync(first, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (vote, _) => await post(vote));
        }

        if (turns.Contains("tick"))
        {
            await SetUpOnboardingsAsync();
        }

        if (turns.Contains("support") || turns.Contains("prioritise"))
        {
            await SetUpBacklogAsync();
        }

        if (turns.Contains("poll"))
        {
            _poll = $"{DateTime.UtcNow:yyyyMMdd}-00000bec4e"; // a form key: a date and ten hex digits
            var first = DateTimeOffset.UtcNow.Date.AddDays(30).AddHours(9);
            var answer = await post(Activities.Execute(serviceUrl, CardVerbs.MeetingPollSend, new JsonObject
            {
                [CardVerbs.MeetingFormKey] = _poll, ["lang"] = "da",
                [CardVerbs.SlotsKey] = string.Join(' ', Enumerable.Range(0, 3).Select(d => new DateTimeOffset(first.AddDays(d), TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture))),
                [MeetingForm.KindInput] = "SteeringGroup", [MeetingForm.TitleInput] = "Benchmarkmøde",
                [MeetingForm.DateInput] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), [MeetingForm.StartInput] = "10:00",
                [MeetingForm.DurationInput] = "1", [MeetingForm.BodiesInput] = "SteeringGroup",
            }, Coordinator));
            if (!answer.Contains("Afstemningen er sendt", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("Setting up the time poll failed: " + answer);
            }
        }
    }

    /// <summary>The chosen turns, each as its next activity.</summary>
    public IReadOnlyList<BenchTurn> TurnsOf(IReadOnlyCollection<string> names)
    {
        var all = new List<BenchTurn>();
        var s = Turns.ToDictionary(t => t, _ => new Sequence());
        all.Add(new("help", _ => Activities.Message(serviceUrl, "hjælp", Voter(s["help"].Next()))));
        // The proposals and first votes of a round are taken away before the next: see RemoveAddedDecisionRowsAsync.
        all.Add(new("propose", _ => Activities.Execute(serviceUrl, CardVerbs.ProposeDecision, Proposal($"Forslag {s["propose"].Next()}"), Coordinator),
            RemoveAddedDecisionRowsAsync));
        // Each member votes once on each open decision, as a body does: every turn is a first vote, and writes.
        all.Add(new("vote", _ =>
        {
            var i = s["vote"].Next();
            return Vote(_ballots[i / Voters % _ballots.Count], i % 3 == 0 ? "Reject" : "Approve", Voter(i));
        }, RemoveAddedDecisionRowsAsync));
        // Every turn changes a vote on one decision (each round of the 64 voters turns every vote), so every turn writes too.
        all.Add(new("revote", _ =>
        {
            var i = s["revote"].Next();
            return Vote(_revoted, i / Voters % 2 == 0 ? "Reject" : "Approve", Voter(i));
        }));
        // Sixteen members at once on one decision, each voting and then changing their vote, press after press.
        all.Add(new("hot", worker => Vote(_hot, s["hot"].NextOf(worker) % 2 == 0 ? "Approve" : "Reject", Voter(worker % HotVoters))));
        all.Add(new("tick", _ =>
        {
            var (id, step) = _steps[s["tick"].Next() % _steps.Count];
            return Activities.Execute(serviceUrl, CardVerbs.TickStep, new JsonObject { ["onboarding"] = id, ["step"] = step, ["lang"] = "da" }, Coordinator);
        }));
        // Each municipality supports each open wish once; the supports are taken away again between rounds.
        all.Add(new("support", _ =>
        {
            var i = s["support"].Next();
            return Activities.Execute(serviceUrl, CardVerbs.WishSupport, new JsonObject { [CardVerbs.WishKey] = $"{i / Municipalities % Wishes + 1}", ["lang"] = "da" },
                Kommune(i));
        }, RemoveSupportsAsync));
        // The coordination group prioritises new items within its budget; they are new again between rounds.
        all.Add(new("prioritise", worker => Activities.Execute(serviceUrl, CardVerbs.ItemPrioritise,
            new JsonObject { [CardVerbs.ItemKey] = $"{Wishes + 1 + s["prioritise"].Next() % Items}", ["lang"] = "da" }, CoordinationMember(worker)),
            ResetItemsAsync));
        // 63 of the 64 invited answer, again and again: the poll never settles, every answer is kept.
        all.Add(new("poll", _ =>
        {
            var i = s["poll"].Next();
            var data = new JsonObject { [CardVerbs.MeetingFormKey] = _poll, ["lang"] = "da" };
            for (var slot = 0; slot < 3; slot++)
            {
                data[TimePollCard.SlotInput(slot)] = ((i / (Voters - 1) + slot) % 3) switch { 0 => "Yes", 1 => "Maybe", _ => "No" };
            }

            return Activities.Execute(serviceUrl, CardVerbs.MeetingPollAnswer, data, Voter(i % (Voters - 1)));
        }));
        all.Add(new("governance", _ =>
        {
            var i = s["governance"].Next();
            var item = GovernanceChecklist.Items[i % GovernanceChecklist.Items.Count];
            return Activities.Execute(serviceUrl, CardVerbs.GovernanceSave, new JsonObject
            {
                [CardVerbs.SectionKey] = item.Section.ToString(), [GovernanceCard.ItemInput] = item.Id,
                [GovernanceCard.MarkInput] = (i / GovernanceChecklist.Items.Count % 2 == 0 ? GovernanceMark.Met : GovernanceMark.Unclear).ToString(),
                [GovernanceCard.LevelInput] = GovernanceLevel.One.ToString(), [GovernanceCard.EvidenceInput] = $"Se referatet fra mødet {i}.", ["lang"] = "da",
            }, Coordinator);
        }, RemoveGovernanceHistoryAsync));
        return [.. all.Where(t => names.Contains(t.Name))];
    }

    private JsonObject Vote(string decision, string choice, string voter) =>
        Activities.Execute(serviceUrl, CardVerbs.Vote, new JsonObject { ["decision"] = decision, ["choice"] = choice, ["lang"] = "da" }, voter);

    public static JsonObject Proposal(string title) => new()
    {
        ["lang"] = "da", ["title"] = title, ["type"] = "Operational", ["body"] = "SteeringGroup",
        ["context"] = "Der kommer flere sårbarheder.", ["proposal"] = "Leverandøren må bruge op til 20 timer pr. hændelse.",
        ["consequences"] = "", ["implementation"] = "Leverandøren", ["risks"] = "", ["deadlineDate"] = "2027-12-01", ["deadlineTime"] = "12:00",
        ["rule"] = "ProposerRecords", ["participation"] = "0",
    };

    private async Task SetUpOnboardingsAsync()
    {
        var store = stores.GetRequiredService<OnboardingStore>();
        var template = await store.TemplateAsync(TeamId, default);
        string[] municipalities = ["Aarhus", "Odense", "Aalborg", "Vejle"];
        for (var i = 0; i < 40; i++)
        {
            var details = new OnboardingDetails(municipalities[i % municipalities.Length], MembershipModel.Os2Member,
                new Contact("Fagperson", "fag@example.dk", null), new Contact("Tekniker", "tek@example.dk", null), "Leverandør A/S",
                DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)));
            await store.AddAsync(TeamId, OnboardingChecklist.Create($"bench-{i:00}", template, details,
                DateOnly.FromDateTime(DateTime.UtcNow), "Koordinator", DateTimeOffset.UtcNow), default);
        }

        _steps = [.. (await store.ListAsync(TeamId, default)).SelectMany(o => o.Steps.SkipLast(1).Select(s => (o.Id, s.Key)))];
    }

    /// <summary>Wishes #1–#40 open (no supports but their raisers'); #41–#100 accepted, each a new item of 10 hours.</summary>
    private async Task SetUpBacklogAsync()
    {
        var store = stores.GetRequiredService<BacklogStore>();
        var now = DateTimeOffset.UtcNow;
        string[] needs = ["et bedre overblik", "færre klik", "hurtigere svar", "færre fejl", "bedre adgang"];
        for (var n = 1; n <= Wishes + Items; n++)
        {
            Assert(await store.NextNumberAsync(TeamId, default) == n);
            var raiser = n - 1;
            var wish = new Wish
            {
                Number = n, Title = $"Ønske {n:000}: {Word(n)} {Word(n * 7)} {Word(n * 13)}", Need = $"Som sagsbehandler ønsker jeg {needs[n % needs.Length]}, så borgeren får svar.",
                Municipality = MunicipalityOf(raiser), RaisedById = Kommune(raiser), RaisedByName = $"Kommune {raiser % Municipalities:000}", RaisedAt = now,
                Importance = WishImportance.Medium, Status = n <= Wishes ? WishStatus.Open : WishStatus.Accepted,
            };
            Assert(await store.AddWishAsync(TeamId, wish, default));
            if (n > Wishes)
            {
                Assert(await store.AddItemAsync(TeamId, ItemLifecycle.Accept(wish, MoscowClass.Should, new Estimate(10m, null), Supplier,
                    ["Det virker"], [wish.Municipality], "Koordinationsgruppe 000", now), default));
            }
        }
    }

    private static string Partition => TableKey.Escape(TeamId);

    /// <summary>The number of rows of the community's partition in the decisions' and the governance report's tables.</summary>
    public async Task<(int Decisions, int Governance)> SizeAsync() =>
        ((await KeysAsync(Decisions, Partition)).Count, (await KeysAsync(StatusReports, Partition)).Count);

    /// <summary>Keeps the keys of the decisions' rows as they are now (as set up): each round of propose and vote meets those.</summary>
    public async Task KeepRowsAsync() => _setUp = [.. await KeysAsync(Decisions, Partition)];

    private Task RemoveSupportsAsync() =>
        DeleteAsync(Backlog, TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and RowKey ge {"s|"} and RowKey lt {"s}"}"), _ => true);

    // Azurite reads every row of a table for each query, whatever its keys ask (its store has no index for a range of
    // keys), where Table Storage reads the rows the keys name: the thousands of proposals, votes and marks a round adds
    // would make every later query of those tables (a decision's reading for its card, the governance report's) slower
    // than Table Storage makes it, and the rows measured last would pay for the rows measured first. So each round meets
    // the community as it was set up, as does each pass of the warm-up: how many passes the warm-up took does not change
    // what is measured; so too in the telemetry part, each of its two processes on a community of its own.
    private Task RemoveAddedDecisionRowsAsync() => _setUp is { } kept
        ? DeleteAsync(Decisions, TableClient.CreateQueryFilter($"PartitionKey eq {Partition}"), key => !kept.Contains(key))
        : Task.CompletedTask;

    private Task RemoveGovernanceHistoryAsync() => DeleteAsync(StatusReports, GovernanceStore.HistoryFilter(Partition), _ => true);

    private static async Task DeleteAsync(TableClient table, string filter, Func<string, bool> remove)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"]))
        {
            if (remove(row.RowKey))
            {
                rows.Add(row);
            }
        }

        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, Azure.ETag.All)));
        }
    }

    private static async Task<List<string>> KeysAsync(TableClient table, string partition) =>
        await table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), select: ["RowKey"])
            .Select(row => row.RowKey).ToListAsync();

    private async Task ResetItemsAsync()
    {
        var store = stores.GetRequiredService<BacklogStore>();
        foreach (var item in (await store.LoadAsync(TeamId, default)).Items.Where(i => i.Status != ItemStatus.New))
        {
            await store.UpdateItemAsync(TeamId, item.Number, i => i with { Status = ItemStatus.New, PrioritisedAt = null, History = [i.History[0]] }, default);
        }
    }

    private static string Word(int n) => new[] { "Login", "eksport", "rapport", "kalender", "søgning", "adgang", "overblik", "lister", "filtre", "status", "kort", "vagtplan", "fravær" }[n % 13];

    private static void Assert(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Setting up the backlog failed.");
        }
    }
}
