using System.Diagnostics;
using System.Globalization;
using CoordinatorBot.Benchmarks;
using CoordinatorBot.Storage.Outbox;
using CoordinatorBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;

// Delivers N nudges to N personal conversations through the bot's outbox sender, against a connector that enforces
// Teams' limits; then the same with the sender killed (SIGKILL) half way and restarted. Prints what it measured.
// Usage (./bench.sh starts Azurite and runs this): OutboxBenchmark --storage <connection string> [--messages 2000] [--rate 30]
var options = Arguments.Parse(args);
if (options.ContainsKey("sender"))
{
    await SenderHost.RunAsync(options["storage"], options["prefix"], double.Parse(options["rate"], CultureInfo.InvariantCulture),
        TimeSpan.FromSeconds(double.Parse(options["claim"], CultureInfo.InvariantCulture)));
    return 0;
}

var storage = options["storage"];
var messages = int.Parse(options.GetValueOrDefault("messages", "2000"), CultureInfo.InvariantCulture);
var rate = double.Parse(options.GetValueOrDefault("rate", "30"), CultureInfo.InvariantCulture);
const double ClaimSeconds = 10;
await using var connector = await LimitedConnector.StartAsync();

Console.WriteLine($"Outbox benchmark: {messages} nudges to {messages} personal conversations, paced at {rate}/s per tenant.");
Console.WriteLine("Connector limits enforced: 7/s and 60/30 s per conversation, 50/s per tenant; 429 with Retry-After: 1 when exceeded.");
Console.WriteLine();
var results = new List<Run>
{
    await RunAsync("steady", killHalfWay: false),
    await RunAsync("killed", killHalfWay: true),
};

Console.WriteLine();
Console.WriteLine($"{"run",-8} {"wall s",8} {"min s",7} {"ratio",6} {"429s",6} {"dupl.",6} {"lost",5} {"failed",7} {"killed at",10}");
foreach (var r in results)
{
    Console.WriteLine($"{r.Name,-8} {r.Wall.TotalSeconds,8:F1} {messages / rate,7:F1} {r.Wall.TotalSeconds / (messages / rate),6:F2} {r.TooMany,6} {r.Duplicates,6} {r.Lost,5} {r.Failed,7} {r.KilledAt,10}");
}

return results.All(r => r.Duplicates == 0 && r.Lost == 0 && r.Failed == 0) ? 0 : 1;

async Task<Run> RunAsync(string name, bool killHalfWay)
{
    connector.Reset();
    var prefix = $"bench{Guid.NewGuid():N}"[..16];
    await using var services = SenderHost.Build(storage, prefix, rate, TimeSpan.FromSeconds(ClaimSeconds));
    await services.GetRequiredService<StorageTables>().CreateAllAsync(default);
    var outbox = services.GetRequiredService<OutboxStore>();
    var now = DateTimeOffset.UtcNow;
    await Parallel.ForEachAsync(Enumerable.Range(0, messages), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        await outbox.EnqueueAsync($"nudge|bench|2026-W49|person-{i:0000}",
            new OutboxTarget(connector.ServiceUrl, "bench-tenant", "28:bench-bot", $"a:bench-{i:0000}", $"29:person-{i:0000}"),
            """{"type":"message","text":"God mandag!"}""", now, ct));
    Console.WriteLine($"[{name}] queued {messages} messages; starting the sender");

    var watch = Stopwatch.StartNew();
    var sender = StartSender(prefix);
    var killedAt = "-";
    while (true)
    {
        await Task.Delay(250);
        if (killHalfWay && killedAt == "-" && connector.Deliveries.Count >= messages / 2)
        {
            sender.Kill(entireProcessTree: true);
            await sender.WaitForExitAsync();
            killedAt = $"{connector.Deliveries.Count} sent";
            Console.WriteLine($"[{name}] killed the sender (SIGKILL) after {connector.Deliveries.Count} deliveries; restarting it");
            sender = StartSender(prefix);
        }

        var counts = await outbox.CountAsync(default);
        if (counts[OutboxStatus.Sent] + counts[OutboxStatus.Failed] == messages)
        {
            watch.Stop();
            sender.Kill(entireProcessTree: true);
            await sender.WaitForExitAsync();
            var duplicates = connector.Deliveries.Values.Sum(n => n - 1);
            var lost = messages - connector.Deliveries.Count;
            Console.WriteLine($"[{name}] done in {watch.Elapsed.TotalSeconds:F1} s");
            return new Run(name, watch.Elapsed, connector.TooManyRequests, duplicates, lost, counts[OutboxStatus.Failed], killedAt);
        }
    }
}

Process StartSender(string prefix)
{
    var start = new ProcessStartInfo(Environment.ProcessPath!)
    {
        ArgumentList = { "--sender", "--storage", storage, "--prefix", prefix, "--rate", rate.ToString(CultureInfo.InvariantCulture), "--claim", ClaimSeconds.ToString(CultureInfo.InvariantCulture) },
        UseShellExecute = false,
    };
    return Process.Start(start)!;
}

internal sealed record Run(string Name, TimeSpan Wall, int TooMany, int Duplicates, int Lost, int Failed, string KilledAt);
