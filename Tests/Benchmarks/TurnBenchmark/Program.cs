using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoordinatorBot.Benchmarks;
using CoordinatorBot.Bot;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Decisions;
using CoordinatorBot.Storage.Onboarding;
using CoordinatorBot.Storage.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// The turn benchmark: help, propose, vote (first votes), revote (changed votes) and tick turns through the running bot
// (Development, Azurite, a connector stand-in on loopback) at a fixed concurrency, side by side in the same run with the
// I/O floor (one table read, one upsert, one connector reply), in rounds that alternate the turns. Prints requests per
// second, p50, p99, table operations and queries per turn.
// Usage (./bench.sh turn starts Azurite and runs this):
//   TurnBenchmark --storage <connection string> [--seconds 8] [--rounds 4] [--concurrency 16] [--turns vote,revote]
var options = Arguments.Parse(args);
var storage = options["storage"];
var seconds = double.Parse(options.GetValueOrDefault("seconds", "8"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "16"), CultureInfo.InvariantCulture);
var roundCount = int.Parse(options.GetValueOrDefault("rounds", "4"), CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(seconds);
const string Coordinator = "aad-coordinator-000";
const int Voters = 64;
// Open decisions for first votes: 64 × 160 first votes, more than a phase sends.
const int Ballots = 160;

await using var connector = await ConnectorStandIn.StartAsync();
var prefix = $"turn{Guid.NewGuid():N}"[..14];
await using var floor = await FloorEndpoint.StartAsync(storage, prefix + "floor");
var bot = BotApplication.Create([], builder =>
{
    builder.Environment.EnvironmentName = "Development";
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Storage:ConnectionString"] = storage,
        ["Storage:TablePrefix"] = prefix,
        // The idle sender's poll would otherwise blur the count of the turns' own table operations.
        ["Scheduling:IdlePoll"] = "00:00:10",
    });
});
await bot.StartAsync();
var botAddress = new Uri(bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First());
var counter = bot.Services.GetRequiredService<TableOperationCounter>();
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { Timeout = TimeSpan.FromSeconds(60) };
var messages = new Uri(botAddress, "/api/messages");
var service = connector.ServiceUrl;

Console.WriteLine($"Turn benchmark: {concurrency} concurrent requests, {seconds:0.#} s a turn in {roundCount} rounds, against Azurite and a connector stand-in on loopback.");
Console.WriteLine($"Setting up a community: install, setup, {Voters} members of the steering group, {Ballots + 1} decisions to vote on, 40 onboardings...");
await SetUpAsync();
var numbers = (await bot.Services.GetRequiredService<DecisionStore>().ListAsync(Activities.TeamId, default))
    .Select(d => d.Number).Order().Select(n => n.ToString()).ToList();
var revoted = numbers[0];
var ballots = numbers[1..];
var onboardings = (await bot.Services.GetRequiredService<OnboardingStore>().ListAsync(Activities.TeamId, default))
    .SelectMany(o => o.Steps.SkipLast(1).Select(s => (o.Id, s.Key))).ToList();

// "--turns vote,tick" runs only those turns (beside the floor), e.g. to watch one turn's CPU from outside.
var only = options.GetValueOrDefault("turns")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
var floorMessages = new Uri(floor.Address, "/api/messages");
var turns = new List<(string Name, Uri Endpoint, Func<int, JsonObject> Next, TableOperationCounter Counter)>
{
    ("floor", floorMessages, i => Activities.Message(service, "hjælp", Voter(i)), floor.Counter),
    ("help", messages, i => Activities.Message(service, "hjælp", Voter(i)), counter),
    ("propose", messages, i => Activities.Execute(service, "decision.propose", Proposal($"Forslag {i}"), Coordinator), counter),
    // Each member votes once on each open decision, as a body does: every turn is a first vote, and writes.
    ("vote", messages, i => Activities.Execute(service, "decision.vote", new JsonObject
    {
        ["decision"] = ballots[i / Voters % ballots.Count], ["choice"] = i % 3 == 0 ? "Reject" : "Approve", ["lang"] = "da",
    }, Voter(i)), counter),
    // Every turn changes a vote on one decision (each round of the voters turns every vote), so every turn writes too.
    ("revote", messages, i => Activities.Execute(service, "decision.vote", new JsonObject
    {
        ["decision"] = revoted, ["choice"] = i / Voters % 2 == 0 ? "Reject" : "Approve", ["lang"] = "da",
    }, Voter(i)), counter),
    ("tick", messages, i => Activities.Execute(service, "onboarding.tick", new JsonObject
    {
        ["onboarding"] = onboardings[i % onboardings.Count].Id, ["step"] = onboardings[i % onboardings.Count].Key, ["lang"] = "da",
    }, Coordinator), counter),
};
turns.RemoveAll(t => t.Name != "floor" && only is not null && !only.Contains(t.Name));

// The turns take turns, round after round, so that a slower or faster minute of the machine falls on all of them alike.
var rounds = new Dictionary<string, List<Phase>>();
var sequences = new Dictionary<string, int>();
for (var round = 0; round < roundCount; round++)
{
    foreach (var (name, endpoint, next, tableCounter) in turns)
    {
        sequences.TryAdd(name, 0);
        var phase = await Phase.RunAsync(name, client, endpoint, () => next(NextIndex(name)), tableCounter, concurrency,
            duration / roundCount, warmUp: round == 0);
        (rounds.TryGetValue(name, out var list) ? list : rounds[name] = []).Add(phase);
    }
}

var phases = turns.Select(t => Phase.Combine(t.Name, rounds[t.Name])).ToList();
var reference = phases[0];
Console.WriteLine();
Console.WriteLine($"{"turn",-8} {"requests",9} {"failed",7} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"table ops/turn",15} {"queries/turn",13} {"× floor req/s",14} {"× floor p99",12}");
foreach (var p in phases)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{p.Name,-8} {p.Requests,9} {p.Failed,7} {p.PerSecond,8:F1} {p.P50Ms,8:F1} {p.P99Ms,8:F1} {p.TableOpsPerTurn,15:F1} {p.QueriesPerTurn,13:F2} {p.PerSecond / reference.PerSecond,14:F2} {p.P99Ms / reference.P99Ms,12:F2}"));
}

Console.WriteLine();
if (phases.SingleOrDefault(p => p.Name == "vote") is { } vote)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Target for the vote turn: ≥ 0.80× the floor's req/s (now {vote.PerSecond / reference.PerSecond:F2}×), p99 ≤ 1.5× the floor's (now {vote.P99Ms / reference.P99Ms:F2}×)."));
}
await bot.StopAsync();
await bot.DisposeAsync();
return phases.All(p => p.Failed == 0) ? 0 : 1;

int NextIndex(string name)
{
    lock (sequences)
    {
        return sequences[name]++;
    }
}

static string Voter(int i) => $"aad-member-{i % Voters:000}";

static JsonObject Proposal(string title) => new()
{
    ["lang"] = "da", ["title"] = title, ["type"] = "Operational", ["body"] = "SteeringGroup",
    ["context"] = "Der kommer flere sårbarheder.", ["proposal"] = "Leverandøren må bruge op til 20 timer pr. hændelse.",
    ["consequences"] = "", ["implementation"] = "Leverandøren", ["risks"] = "", ["deadlineDate"] = "2027-12-01", ["deadlineTime"] = "12:00",
    ["rule"] = "ProposerRecords", ["participation"] = "0",
};

async Task SetUpAsync()
{
    await PostAsync(Activities.TeamInstall(service, Coordinator));
    await PostAsync(Activities.Execute(service, "setup.save", new JsonObject
    {
        ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
        ["steeringRule"] = "SimpleMajority", ["coordinationRule"] = "Unanimous", ["participation"] = "0",
    }, Coordinator));
    var members = bot.Services.GetRequiredService<MemberStore>();
    for (var i = 0; i < Voters; i++)
    {
        var id = Voter(i);
        await members.UpdateAsync(Activities.TeamId, id, _ => new Member(id, $"Person {i:000}", new HashSet<Role> { Role.SteeringGroup }, null, $"29:{id}"), default);
    }

    for (var i = 0; i <= Ballots; i++)
    {
        await PostAsync(Activities.Execute(service, "decision.propose", Proposal($"Afstemning {i} i benchmarken"), Coordinator));
    }

    var store = bot.Services.GetRequiredService<OnboardingStore>();
    var template = await store.TemplateAsync(Activities.TeamId, default);
    var municipalities = new[] { "Aarhus", "Odense", "Aalborg", "Vejle" };
    for (var i = 0; i < 40; i++)
    {
        var details = new OnboardingDetails(municipalities[i % municipalities.Length], MembershipModel.Os2Member,
            new Contact("Fagperson", "fag@example.dk", null), new Contact("Tekniker", "tek@example.dk", null), "Leverandør A/S",
            DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)));
        await store.AddAsync(Activities.TeamId, OnboardingChecklist.Create($"bench-{i:00}", template, details,
            DateOnly.FromDateTime(DateTime.UtcNow), "Koordinator", DateTimeOffset.UtcNow), default);
    }
}

async Task PostAsync(JsonObject activity)
{
    using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
    using var response = await client.PostAsync(messages, content);
    if (response.StatusCode != HttpStatusCode.OK)
    {
        throw new InvalidOperationException($"Setting up failed: {activity["type"]} answered {(int)response.StatusCode}.");
    }
}
