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

// The turn benchmark: help, propose, vote and tick turns through the running bot (Development, Azurite, a connector
// stand-in on loopback) at a fixed concurrency, side by side in the same run with the I/O floor (one table read, one
// upsert, one connector reply). Prints requests per second, p50, p99 and table operations per turn.
// Usage (./bench.sh turn starts Azurite and runs this): TurnBenchmark --storage <connection string> [--seconds 8] [--concurrency 16]
var options = Arguments.Parse(args);
var storage = options["storage"];
var seconds = double.Parse(options.GetValueOrDefault("seconds", "8"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "16"), CultureInfo.InvariantCulture);
var duration = TimeSpan.FromSeconds(seconds);
const string Coordinator = "aad-coordinator-000";
const int Voters = 64;

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

Console.WriteLine($"Turn benchmark: {concurrency} concurrent requests, {seconds:0.#} s a phase, against Azurite and a connector stand-in on loopback.");
Console.WriteLine("Setting up a community: install, setup, 64 members of the steering group, a decision to vote on, 40 onboardings...");
await SetUpAsync();
var number = (await bot.Services.GetRequiredService<DecisionStore>().ListAsync(Activities.TeamId, default)).Single().Number.ToString();
var onboardings = (await bot.Services.GetRequiredService<OnboardingStore>().ListAsync(Activities.TeamId, default))
    .SelectMany(o => o.Steps.SkipLast(1).Select(s => (o.Id, s.Key))).ToList();

// "--turns vote,tick" runs only those turns (beside the floor), e.g. to watch one turn's CPU from outside.
var only = options.GetValueOrDefault("turns")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
bool Runs(string turn) => only is null || only.Contains(turn);
var phases = new List<Phase?>
{
    await Phase.RunAsync("floor", client, new Uri(floor.Address, "/api/messages"),
        i => Activities.Message(service, "hjælp", Voter(i)), () => floor.Counter.Count, concurrency, duration),
    !Runs("help") ? null : await Phase.RunAsync("help", client, messages,
        i => Activities.Message(service, "hjælp", Voter(i)), () => counter.Count, concurrency, duration),
    !Runs("propose") ? null : await Phase.RunAsync("propose", client, messages,
        i => Activities.Execute(service, "decision.propose", Proposal($"Forslag {i}"), Coordinator), () => counter.Count, concurrency, duration),
    !Runs("vote") ? null : await Phase.RunAsync("vote", client, messages,
        i => Activities.Execute(service, "decision.vote", new JsonObject
        {
            // Each round of the voters changes every vote, so that every turn writes (the same vote again writes nothing).
            ["decision"] = number, ["choice"] = i / Voters % 2 == 0 ? "Reject" : "Approve", ["lang"] = "da",
        }, Voter(i)), () => counter.Count, concurrency, duration),
    !Runs("tick") ? null : await Phase.RunAsync("tick", client, messages,
        i => Activities.Execute(service, "onboarding.tick", new JsonObject
        {
            ["onboarding"] = onboardings[i % onboardings.Count].Id, ["step"] = onboardings[i % onboardings.Count].Key, ["lang"] = "da",
        }, Coordinator), () => counter.Count, concurrency, duration),
};

phases.RemoveAll(p => p is null);
var reference = phases[0]!;
Console.WriteLine();
Console.WriteLine($"{"turn",-8} {"requests",9} {"failed",7} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"table ops/turn",15} {"× floor req/s",14} {"× floor p99",12}");
foreach (var p in phases.OfType<Phase>())
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{p.Name,-8} {p.Requests,9} {p.Failed,7} {p.PerSecond,8:F1} {p.P50Ms,8:F1} {p.P99Ms,8:F1} {p.TableOpsPerTurn,15:F1} {p.PerSecond / reference.PerSecond,14:F2} {p.P99Ms / reference.P99Ms,12:F2}"));
}

Console.WriteLine();
if (phases.SingleOrDefault(p => p!.Name == "vote") is { } vote)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"Target for the vote turn: ≥ 0.80× the floor's req/s (now {vote.PerSecond / reference.PerSecond:F2}×), p99 ≤ 1.5× the floor's (now {vote.P99Ms / reference.P99Ms:F2}×)."));
}
await bot.StopAsync();
await bot.DisposeAsync();
return phases.All(p => p!.Failed == 0) ? 0 : 1;

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

    await PostAsync(Activities.Execute(service, "decision.propose", Proposal("Afstemningen i benchmarken"), Coordinator));
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
