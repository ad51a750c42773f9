using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Benchmarks;

/// <summary>One kind of turn sent at a fixed concurrency for a fixed time (or several such rounds); what came of it.</summary>
internal sealed record Phase(string Name, IReadOnlyList<double> SortedLatencies, int Failed, TimeSpan Wall, long TableOperations, long Queries)
{
    public int Requests => SortedLatencies.Count;
    public double PerSecond => Requests / Wall.TotalSeconds;
    public double P50Ms => Percentile(0.50);
    public double P99Ms => Percentile(0.99);
    public double TableOpsPerTurn => Counted ? (double)TableOperations / Requests : double.NaN;
    public double QueriesPerTurn => Counted ? (double)Queries / Requests : double.NaN;

    /// <summary>False for a process whose table operations this one cannot see (the bot's executable, the peer).</summary>
    public bool Counted { get; init; } = true;

    /// <summary>The CPU time the measured process spent while the phase was measured, when it was asked for.</summary>
    public TimeSpan? Cpu { get; init; }

    /// <summary>That CPU time per request, in ms: steadier than req/s on a shared machine, as it does not rest on what else runs.</summary>
    public double CpuMsPerTurn => PerTurn(Cpu);

    /// <summary>The CPU time the storage (Azurite) spent while the phase was measured, when its process is known.</summary>
    public TimeSpan? StorageCpu { get; init; }

    public double StorageCpuMsPerTurn => PerTurn(StorageCpu);

    /// <summary>Rounds of the same turn as one phase: their requests, time and operations added up.</summary>
    public static Phase Combine(string name, IReadOnlyList<Phase> rounds) => new(name,
        [.. rounds.SelectMany(r => r.SortedLatencies).Order()], rounds.Sum(r => r.Failed),
        TimeSpan.FromTicks(rounds.Sum(r => r.Wall.Ticks)), rounds.Sum(r => r.TableOperations), rounds.Sum(r => r.Queries))
    {
        Counted = rounds.All(r => r.Counted),
        Cpu = Sum(rounds.Select(r => r.Cpu)),
        StorageCpu = Sum(rounds.Select(r => r.StorageCpu)),
    };

    /// <summary>
    /// Sends <paramref name="next"/>'s activities from <paramref name="concurrency"/> workers until
    /// <paramref name="duration"/> is over (after a short warm-up that is not measured), then waits for the table
    /// operations that the turns started in the background (a card update) to settle before counting them.
    /// </summary>
    public static async Task<Phase> RunAsync(string name, HttpClient client, Uri endpoint, Func<int, JsonObject> next,
        TableOperationCounter? counter, int concurrency, TimeSpan duration, bool warmUp, Action? measuring = null, Func<TimeSpan>? cpu = null,
        Func<TimeSpan>? storageCpu = null)
    {
        if (warmUp)
        {
            await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
            {
                for (var i = 0; i < 3; i++)
                {
                    await SendAsync(client, endpoint, next(worker));
                }
            }));
        }

        await SettleAsync(counter);
        measuring?.Invoke();
        var latencies = new List<double>();
        var failed = 0;
        var (operations, queries) = (counter?.Count ?? 0, counter?.Queries ?? 0);
        var cpuBefore = cpu?.Invoke();
        var storageCpuBefore = storageCpu?.Invoke();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var mine = new List<double>();
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(client, endpoint, next(worker));
                mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (!ok)
                {
                    Interlocked.Increment(ref failed);
                }
            }

            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        }));
        var wall = watch.Elapsed;
        var cpuUsed = cpu?.Invoke() - cpuBefore;
        var storageCpuUsed = storageCpu?.Invoke() - storageCpuBefore;
        await SettleAsync(counter);
        latencies.Sort();
        return new Phase(name, latencies, failed, wall, (counter?.Count ?? 0) - operations, (counter?.Queries ?? 0) - queries)
        {
            Counted = counter is not null,
            Cpu = cpuUsed,
            StorageCpu = storageCpuUsed,
        };
    }

    private static async Task<bool> SendAsync(HttpClient client, Uri endpoint, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(endpoint, content);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>
    /// Waits until no table operation has happened for half a second (at most five seconds); a bot in another process,
    /// whose operations are not counted here, gets half a second.
    /// </summary>
    private static async Task SettleAsync(TableOperationCounter? counter)
    {
        if (counter is null)
        {
            await Task.Delay(500);
            return;
        }

        var last = counter.Count;
        for (var i = 0; i < 10; i++)
        {
            await Task.Delay(500);
            var now = counter.Count;
            if (now == last)
            {
                return;
            }

            last = now;
        }
    }

    private static TimeSpan? Sum(IEnumerable<TimeSpan?> times) =>
        times.Aggregate((TimeSpan?)TimeSpan.Zero, (sum, time) => sum + time);

    private double PerTurn(TimeSpan? cpu) => cpu is { } time && Requests > 0 ? time.TotalMilliseconds / Requests : double.NaN;

    private double Percentile(double p) =>
        Requests == 0 ? double.NaN : SortedLatencies[Math.Min(Requests - 1, (int)Math.Ceiling(p * Requests) - 1)];
}
