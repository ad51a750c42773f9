using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoordinatorBot.Benchmarks;
using CoordinatorBot.Bot;
using CoordinatorBot.Storage.Tables;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// The turn benchmark, in three parts (./bench.sh turn starts Azurite and runs this; README "Benchmarks"):
//  turns      every turn through the bot in this process (Development, Azurite, a connector stand-in on loopback) at a
//             fixed concurrency, side by side in the same run with the I/O floor (one table read, one upsert, one
//             connector reply), in rounds that alternate the turns; req/s, p50, p99, table operations per turn.
//  outside    the help turn measured from outside, each in its own process with the same load: the floor, the bot's own
//             executable and a minimal bot on the official JS SDK (botbuilder); the bot's cold start (process start to
//             the first answered turn) and resident memory after the load.
//  telemetry  the bot's executable with OpenTelemetry off and on (OTLP/HTTP to a stand-in collector), each on a community
//             of its own, measured at once turn by turn, in new pairs of processes.
// Usage: TurnBenchmark --storage <connection string> [--seconds 8] [--rounds 4] [--concurrency 16] [--turns vote,revote]
//          [--parts turns,outside,telemetry] [--telemetry-turns help,propose,vote,hot] [--telemetry-pairs 2] [--node-modules DIR]
//          [--bot-dll PATH] [--bot-env KEY=VALUE,...] [--profile] [--storage-pid PID]
//        TurnBenchmark --serve-floor --storage <connection string> --table NAME --url URL   (the floor's own process)
var options = Arguments.Parse(args);
var storage = options["storage"];
if (options.ContainsKey("serve-floor"))
{
    await using var served = await FloorEndpoint.StartAsync(storage, options["table"], options["url"]);
    await Task.Delay(Timeout.Infinite);
    return 0;
}

var profile = options.ContainsKey("profile");
if (profile)
{
    OperationProfile.EnableAzureActivities();
}

var seconds = double.Parse(options.GetValueOrDefault("seconds", "8"), CultureInfo.InvariantCulture);
var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "16"), CultureInfo.InvariantCulture);
var roundCount = int.Parse(options.GetValueOrDefault("rounds", "4"), CultureInfo.InvariantCulture);
// As many as the turns in this process need for their JIT to be quiet (README "Benchmarks").
const int TelemetryWarmUpPasses = 4;
var telemetryPairs = Math.Max(1, int.Parse(options.GetValueOrDefault("telemetry-pairs", "2"), CultureInfo.InvariantCulture));
// The telemetry part's two bots share the load's requests in flight.
var telemetryConcurrency = Math.Max(1, concurrency / 2);
var parts = List(options.GetValueOrDefault("parts", "turns,outside,telemetry"));
var turnNames = options.TryGetValue("turns", out var t) ? List(t) : BenchCommunity.AllTurns;
var telemetryTurns = List(options.GetValueOrDefault("telemetry-turns", "help,propose,vote,hot"));
var botDll = Path.GetFullPath(options.GetValueOrDefault("bot-dll", Path.Combine(AppContext.BaseDirectory, "CoordinatorBot.Bot.dll")));
var botEnvironment = List(options.GetValueOrDefault("bot-env", string.Empty)).Select(e => e.Split('=', 2)).ToDictionary(e => e[0], e => e[1]);
var duration = TimeSpan.FromSeconds(seconds);
// The storage's process (./bench.sh names Azurite's): what each turn costs it, beside what it costs this process.
using var storageProcess = options.TryGetValue("storage-pid", out var storagePid)
    ? Process.GetProcessById(int.Parse(storagePid, CultureInfo.InvariantCulture)) : null;
var unknown = turnNames.Concat(telemetryTurns).Except(BenchCommunity.AllTurns).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown turns: {string.Join(", ", unknown)}. The turns: {string.Join(", ", BenchCommunity.AllTurns)}.");
    return 2;
}

await using var connector = await ConnectorStandIn.StartAsync();
var service = connector.ServiceUrl;
using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency * 2 }) { Timeout = TimeSpan.FromSeconds(60) };
var targets = new List<string>();

Console.WriteLine($"Turn benchmark: {concurrency} concurrent requests, {seconds:0.#} s a turn in {roundCount} rounds, against Azurite and a connector stand-in on loopback; parts: {string.Join(", ", parts)}.");
Console.WriteLine($"Load average at the start: {LoadAverage()} (2 cores; the numbers are only comparable within one run).");
var failed = false;
if (parts.Contains("turns"))
{
    failed |= !await InProcessAsync();
}

if (parts.Contains("outside") || parts.Contains("telemetry"))
{
    failed |= !await OutsideAsync();
}

Console.WriteLine();
Console.WriteLine("Targets (issue 25):");
foreach (var line in targets)
{
    Console.WriteLine("  " + line);
}

Console.WriteLine($"Load average at the end: {LoadAverage()}.");
return failed ? 1 : 0;

// Every turn through the bot in this process, beside the floor in this process.
async Task<bool> InProcessAsync()
{
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
    try
    {
        var messages = new Uri(new Uri(bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First()), "/api/messages");
        var counter = bot.Services.GetRequiredService<TableOperationCounter>();
        var community = new BenchCommunity(a => PostAsync(messages, a), bot.Services, service);
        Console.WriteLine();
        Console.WriteLine($"[turns] Setting up a community in the bot in this process: {BenchCommunity.Voters} members of the steering group, {BenchCommunity.Municipalities} municipalities' people, {BenchCommunity.CoordinationGroup} of the coordination group; decisions, onboardings, {BenchCommunity.Wishes} wishes, {BenchCommunity.Items} backlog items, a time poll...");
        await community.SetUpAsync(turnNames);
        await community.KeepRowsAsync();
        using var spans = profile ? new OperationProfile(new Uri(service).Port) : null;
        using var self = Process.GetCurrentProcess();
        var ownCpu = () => CpuTime(self);
        var rows = new List<Row> { new("floor", new Uri(floor.Address, "/api/messages"), _ => Activities.Message(service, "hjælp", BenchCommunity.Voter(0)), floor.Counter, null, ownCpu) };
        rows.AddRange(community.TurnsOf(turnNames).Select(turn => new Row(turn.Name, messages, turn.Next, counter, turn.BeforeRound, ownCpu)));
        Console.WriteLine("[turns] " + await WarmUp.UntilJitQuietAsync(rows, RunUnmeasuredAsync));
        var compiled = WarmUp.Now();
        var before = await community.SizeAsync();
        var (phases, profiles) = await RoundsAsync(rows, spans);
        var reference = phases[0];
        Console.WriteLine("[turns] " + WarmUp.CompiledSince(compiled));
        var after = await community.SizeAsync();
        Console.WriteLine($"[turns] The community's rows in the decisions' table and the governance report's table (each round of propose, vote and governance meets them as set up): {before.Decisions} and {before.Governance} after the warm-up, {after.Decisions} and {after.Governance} after the rounds.");
        Console.WriteLine();
        Console.WriteLine("[turns] In this process, beside the floor in this process:");
        Console.WriteLine($"{"turn",-11} {"requests",9} {"failed",7} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"table ops/turn",15} {"queries/turn",13} {"× floor req/s",14} {"× floor p99",12} {"CPU ms/turn here",17} {"in storage",11}");
        foreach (var p in phases)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Name,-11} {p.Requests,9} {p.Failed,7} {p.PerSecond,8:F1} {p.P50Ms,8:F1} {p.P99Ms,8:F1} {p.TableOpsPerTurn,15:F1} {p.QueriesPerTurn,13:F2} {p.PerSecond / reference.PerSecond,14:F2} {p.P99Ms / reference.P99Ms,12:F2} {p.CpuMsPerTurn,17:F3} {p.StorageCpuMsPerTurn,11:F3}"));
        }

        Console.WriteLine("  (CPU here: this whole process, the load's client and the connector stand-in included, the same for every row; in storage: Azurite's process.)");

        foreach (var p in phases.Skip(1))
        {
            var (rate, p99) = (p.PerSecond / reference.PerSecond, p.P99Ms / reference.P99Ms);
            targets.Add(string.Create(CultureInfo.InvariantCulture,
                $"{p.Name,-11} ≥ 0.80× the floor's req/s: {rate:F2}× {Verdict(rate >= 0.8)}; p99 ≤ 1.5× the floor's: {p99:F2}× {Verdict(p99 <= 1.5)}"));
        }

        if (spans is not null)
        {
            Console.WriteLine();
            Console.WriteLine("[turns] Where the time goes (--profile: spans inside this process, per measured turn; a listener's cost included):");
            foreach (var p in phases)
            {
                OperationProfile.Print(p.Name, p.Requests, p.P50Ms, profiles[p.Name]);
            }
        }

        return phases.All(p => p.Failed == 0);
    }
    finally
    {
        await bot.StopAsync();
        await bot.DisposeAsync();
    }
}

// The help turn from outside against the floor and the JS SDK; cold start and memory; telemetry off and on.
async Task<bool> OutsideAsync()
{
    var prefix = $"out{Guid.NewGuid():N}"[..14];
    // The store the cold start is measured on holds a community set up for these turns, as in the runs before.
    var outsideTurns = parts.Contains("telemetry") ? telemetryTurns.Append("help").Distinct().ToList() : ["help"];
    var nodeModules = options.GetValueOrDefault("node-modules");
    Console.WriteLine();
    Console.WriteLine($"[outside] The bot's executable: dotnet {botDll}{(botEnvironment.Count > 0 ? $" with {string.Join(' ', botEnvironment.Select(e => $"{e.Key}={e.Value}"))}" : string.Empty)}");
    var bot = Processes.StartBot("bot", botDll, storage, prefix, botEnvironment);
    ChildProcess? floor = null, peer = null;
    OtlpStandIn? collector = null;
    var replyFile = Path.Combine(Path.GetTempPath(), $"{prefix}-help.json");
    try
    {
        var coldEmpty = await Processes.FirstAnsweredTurnAsync(bot, client, () => Activities.Message(service, "hjælp", BenchCommunity.Coordinator));
        await using var stores = StoreServices.Build(storage, prefix);
        // The community outlives the restart below: its turns name the decisions, steps and poll it set up.
        var community = new BenchCommunity(a => PostAsync(bot.Messages, a), stores, service);
        Console.WriteLine($"[outside] Setting up the community for: {string.Join(", ", outsideTurns)} (pid {bot.Id})...");
        await community.SetUpAsync(outsideTurns);

        // The card the bot answers help with, for the JS SDK's bot to answer with too.
        connector.Capture = true;
        await PostAsync(bot.Messages, Activities.Message(service, "hjælp", BenchCommunity.Voter(0)));
        connector.Capture = false;
        await File.WriteAllTextAsync(replyFile, connector.TakeCaptured() ?? throw new InvalidOperationException("The bot answered help with nothing."));

        // A restart on a store with a community, as App Service restarts an instance: the cold start that counts.
        await bot.DisposeAsync();
        bot = Processes.StartBot("bot", botDll, storage, prefix, botEnvironment);
        var cold = await Processes.FirstAnsweredTurnAsync(bot, client, () => Activities.Message(service, "hjælp", BenchCommunity.Voter(1)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[outside] Cold start (process start to the first answered turn): {cold.TotalSeconds:F2} s on the community's store (pid {bot.Id}); {coldEmpty.TotalSeconds:F2} s on an empty store."));
        targets.Add(string.Create(CultureInfo.InvariantCulture, $"{"cold start",-11} ≤ 3 s: {cold.TotalSeconds:F2} s {Verdict(cold.TotalSeconds <= 3)}"));

        var ok = true;
        if (parts.Contains("outside"))
        {
            if (nodeModules is null)
            {
                throw new InvalidOperationException("--node-modules (deploy/local/node_modules, with botbuilder) is needed for the JS SDK's peer.");
            }

            floor = Processes.StartFloor(storage, prefix + "floor");
            peer = Processes.StartPeer(Path.GetFullPath(nodeModules), replyFile);
            await floor.WaitForPortAsync(TimeSpan.FromSeconds(60));
            await peer.WaitForPortAsync(TimeSpan.FromSeconds(60));
            Func<int, JsonObject> help = _ => Activities.Message(service, "hjælp", BenchCommunity.Voter(Random.Shared.Next(BenchCommunity.Voters)));
            var (phases, _) = await RoundsAsync(
            [
                new("floor", floor.Messages, help, null, null), new("bot", bot.Messages, help, null, null), new("botbuilder-js", peer.Messages, help, null, null),
            ], null);
            var (reference, ours, js) = (phases[0], phases[1], phases[2]);
            Console.WriteLine();
            Console.WriteLine("[outside] The help turn, each in its own process, the same load from this one:");
            Console.WriteLine($"{"process",-14} {"requests",9} {"failed",7} {"req/s",8} {"p50 ms",8} {"p99 ms",8} {"× floor req/s",14} {"× floor p99",12} {"RSS MB",7} {"peak MB",8}");
            foreach (var (p, process) in phases.Zip(new[] { floor, bot, peer }))
            {
                var (rss, peak) = process.Memory();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Name,-14} {p.Requests,9} {p.Failed,7} {p.PerSecond,8:F1} {p.P50Ms,8:F1} {p.P99Ms,8:F1} {p.PerSecond / reference.PerSecond,14:F2} {p.P99Ms / reference.P99Ms,12:F2} {rss,7:F0} {peak,8:F0}"));
            }

            var (overJs, p99) = (ours.PerSecond / js.PerSecond, ours.P99Ms / reference.P99Ms);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[outside] help: {overJs:F2}× the JS SDK's req/s, p99 {ours.P99Ms:F1} ms against its {js.P99Ms:F1} ms and the floor's {reference.P99Ms:F1} ms."));
            targets.Add(string.Create(CultureInfo.InvariantCulture,
                $"{"help (out)",-11} ≥ 1.5× the JS SDK's req/s: {overJs:F2}× {Verdict(overJs >= 1.5)}; p99 ≤ the floor's: {p99:F2}× {Verdict(p99 <= 1)}"));
            ok &= phases.All(p => p.Failed == 0);
        }

        if (parts.Contains("telemetry"))
        {
            collector = await OtlpStandIn.StartAsync();
            // A community for each of the two, set up alike and afresh: they are measured at once, and two instances
            // proposing in one community would meet each other's decision numbers.
            var (plainPrefix, observedPrefix) = ($"tel{Guid.NewGuid():N}"[..14], $"tel{Guid.NewGuid():N}"[..14]);
            await using var plainStores = StoreServices.Build(storage, plainPrefix);
            await using var observedStores = StoreServices.Build(storage, observedPrefix);
            var plainCommunity = await SetUpCommunityAsync(plainPrefix, plainStores);
            var observedCommunity = await SetUpCommunityAsync(observedPrefix, observedStores);
            var pairs = new List<(List<Phase> Phases, List<double>[] RoundCosts, TimeSpan Cold)>();
            for (var pair = 0; pair < telemetryPairs; pair++)
            {
                pairs.Add(await TelemetryPairAsync((plainCommunity, plainPrefix), (observedCommunity, observedPrefix), collector.Address, pair));
            }

            var phases = pairs[0].Phases.Select((p, i) => Phase.Combine(p.Name, [.. pairs.Select(g => g.Phases[i])])).ToList();
            // Its cold start where it answered first: in the other pairs it waited for the plain bot's first turn.
            var observedCold = pairs[Math.Min(1, pairs.Count - 1)].Cold;
            Console.WriteLine();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[telemetry] The bot's executable with OpenTelemetry off and on (OTLP/HTTP to a collector on loopback; its cold start {observedCold.TotalSeconds:F2} s), the two at once, {telemetryConcurrency} requests in flight each, in {telemetryPairs} pairs of processes:"));
            Console.WriteLine($"{"turn",-11} {"off req/s",10} {"on req/s",9} {"on/off",7} {"off p99",8} {"on p99",8} {"cost",7} {"off CPU ms/turn",16} {"on CPU ms/turn",15} {"CPU cost",9}  req/s cost round by round, pair by pair; CPU cost pair by pair");
            foreach (var (pair, index) in phases.Chunk(2).Select((pair, index) => (pair, index)))
            {
                var (off, on) = (pair[0], pair[1]);
                var cost = 1 - on.PerSecond / off.PerSecond;
                // The CPU a turn costs the bot's process: what a dedicated instance's throughput rests on. Measured at
                // once, the two share the cores and Azurite, so the observed bot's extra CPU slows both, and its req/s
                // shows only part of it: the verdict takes the larger of the two.
                var cpuCost = on.CpuMsPerTurn / off.CpuMsPerTurn - 1;
                var byRound = string.Join(" | ", pairs.Select(g => string.Join(' ', g.RoundCosts[index].Select(Signed))));
                var cpuByPair = string.Join(' ', pairs.Select(g => Signed(g.Phases[2 * index + 1].CpuMsPerTurn / g.Phases[2 * index].CpuMsPerTurn - 1)));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{off.Name,-11} {off.PerSecond,10:F1} {on.PerSecond,9:F1} {on.PerSecond / off.PerSecond,7:F2} {off.P99Ms,8:F1} {on.P99Ms,8:F1} {cost,7:P0} {off.CpuMsPerTurn,16:F3} {on.CpuMsPerTurn,15:F3} {cpuCost,9:P0}  {byRound}; CPU cost pair by pair {cpuByPair}"));
                targets.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{off.Name + " otel",-11} ≤ 5 %, of req/s and of CPU per turn: {cost:P0} and {cpuCost:P0} {Verdict(Math.Max(cost, cpuCost) <= 0.05)}"));
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[telemetry] The collector took {collector.Requests} exports ({collector.Bytes / 1024.0:F0} KB)."));
            ok &= phases.All(p => p.Failed == 0);
        }

        var (botRss, botPeak) = bot.Memory();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[outside] The bot's resident memory after the load: {botRss:F0} MB (peak {botPeak:F0} MB)."));
        targets.Add(string.Create(CultureInfo.InvariantCulture, $"{"memory",-11} ≤ 250 MB resident after the load: {botRss:F0} MB (peak {botPeak:F0} MB) {Verdict(botRss <= 250)}"));
        return ok;
    }
    finally
    {
        foreach (var process in new[] { bot, floor, peer })
        {
            if (process is not null)
            {
                await process.DisposeAsync();
            }
        }

        if (collector is not null)
        {
            await collector.DisposeAsync();
        }

        File.Delete(replyFile);
    }
}

// One pair of the bot's executable, OpenTelemetry off and on, each on its own community, started together (so that
// neither has compiled more of its code than the other) and measured at once, turn by turn, half the requests in
// flight each: the machine's slower and faster seconds (on two shared cores a phase's req/s moved by half from one
// round to the next) fall on both alike. Each pair is new, and which of the two answers its first turn first (and
// compiles it while the other waits) changes from pair to pair.
async Task<(List<Phase> Phases, List<double>[] RoundCosts, TimeSpan Cold)> TelemetryPairAsync(
    (BenchCommunity Community, string Prefix) off, (BenchCommunity Community, string Prefix) on, Uri collector, int index)
{
    await using var plain = Processes.StartBot("bot-otel", botDll, storage, off.Prefix, botEnvironment);
    await using var observed = Processes.StartBot("bot+otel", botDll, storage, on.Prefix, botEnvironment, collector);
    var cold = TimeSpan.Zero;
    foreach (var process in index % 2 == 0 ? new[] { plain, observed } : [observed, plain])
    {
        var answered = await Processes.FirstAnsweredTurnAsync(process, client, () => Activities.Message(service, "hjælp", BenchCommunity.Voter(2)));
        cold = process == observed ? answered : cold;
    }

    var rows = off.Community.TurnsOf(telemetryTurns).Zip(on.Community.TurnsOf(telemetryTurns)).SelectMany(turn => new[]
    {
        new Row(turn.First.Name, plain.Messages, turn.First.Next, null, turn.First.BeforeRound, plain.CpuTime),
        new Row(turn.Second.Name + "+otel", observed.Messages, turn.Second.Next, null, turn.Second.BeforeRound, observed.CpuTime),
    }).ToList();
    Console.WriteLine($"[telemetry] Pair {index + 1} of {telemetryPairs} (pids {plain.Id} and {observed.Id}): " + await WarmUp.PassesAsync(rows, RunUnmeasuredAsync, TelemetryWarmUpPasses));
    var rounds = rows.ToDictionary(r => r.Name, _ => new List<Phase>());
    var roundCosts = rows.Chunk(2).Select(_ => new List<double>()).ToArray();
    for (var round = 0; round < roundCount; round++)
    {
        foreach (var (pair, turn) in rows.Chunk(2).Select((pair, turn) => (pair, turn)))
        {
            foreach (var row in pair)
            {
                await (row.BeforeRound?.Invoke() ?? Task.CompletedTask);
            }

            // No warm-up of their own (the passes above were it), so that the two are measured over the same seconds.
            var phases = await Task.WhenAll(pair.Select(row => Phase.RunAsync(row.Name, client, row.Endpoint, row.Next, null,
                telemetryConcurrency, duration / roundCount, warmUp: false, cpu: row.Cpu)));
            rounds[phases[0].Name].Add(phases[0]);
            rounds[phases[1].Name].Add(phases[1]);
            roundCosts[turn].Add(1 - phases[1].PerSecond / phases[0].PerSecond);
        }
    }

    return ([.. rows.Select(r => Phase.Combine(r.Name, rounds[r.Name]))], roundCosts, cold);
}

// A community like the one the parts above set up, on tables of its own, through a bot of its own.
async Task<BenchCommunity> SetUpCommunityAsync(string prefix, IServiceProvider stores)
{
    await using var setUp = Processes.StartBot("bot-setup", botDll, storage, prefix, botEnvironment);
    await Processes.FirstAnsweredTurnAsync(setUp, client, () => Activities.Message(service, "hjælp", BenchCommunity.Coordinator));
    var community = new BenchCommunity(a => PostAsync(setUp.Messages, a), stores, service);
    await community.SetUpAsync(telemetryTurns);
    // What the setting up started in the background (a card update, the decision counter's write) lands first.
    await Task.Delay(TimeSpan.FromSeconds(2));
    await community.KeepRowsAsync();
    return community;
}

// The rows take turns, round after round, so that a slower or faster minute of the machine falls on all of them alike.
async Task<(List<Phase> Phases, Dictionary<string, List<IReadOnlyDictionary<string, (long, double)>>> Profiles)> RoundsAsync(
    IReadOnlyList<Row> rows, OperationProfile? spans)
{
    var rounds = rows.ToDictionary(r => r.Name, _ => new List<Phase>());
    var profiles = rows.ToDictionary(r => r.Name, _ => new List<IReadOnlyDictionary<string, (long, double)>>());
    for (var round = 0; round < roundCount; round++)
    {
        foreach (var row in rows)
        {
            if (row.BeforeRound is not null)
            {
                await row.BeforeRound();
            }

            var phase = await Phase.RunAsync(row.Name, client, row.Endpoint, row.Next, row.Counter, concurrency, duration / roundCount,
                warmUp: round == 0, measuring: spans is null ? null : spans.Reset, cpu: row.Cpu,
                storageCpu: storageProcess is null ? null : () => CpuTime(storageProcess));
            rounds[row.Name].Add(phase);
            if (spans is not null)
            {
                profiles[row.Name].Add(spans.Take());
            }
        }
    }

    return ([.. rows.Select(r => Phase.Combine(r.Name, rounds[r.Name]))], profiles);
}

Task RunUnmeasuredAsync(Row row) =>
    Phase.RunAsync(row.Name, client, row.Endpoint, row.Next, row.Counter, concurrency, TimeSpan.FromSeconds(1), warmUp: false);

async Task<string> PostAsync(Uri endpoint, JsonObject activity)
{
    using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
    using var response = await client.PostAsync(endpoint, content);
    var body = await response.Content.ReadAsStringAsync();
    return response.StatusCode == HttpStatusCode.OK ? body
        : throw new InvalidOperationException($"Setting up failed: {activity["type"]} answered {(int)response.StatusCode}.");
}

static TimeSpan CpuTime(Process process)
{
    process.Refresh();
    return process.TotalProcessorTime;
}

static string Verdict(bool met) => met ? "met" : "MISSED";

static string Signed(double fraction) => fraction.ToString("+0%;-0%;0%", CultureInfo.InvariantCulture);

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

static IReadOnlyList<string> List(string text) => text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
