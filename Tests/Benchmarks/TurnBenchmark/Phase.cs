using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CoordinatorBot.Benchmarks;

/// <summary>One kind of turn sent at a fixed concurrency for a fixed time; what came of it.</summary>
internal sealed record Phase(string Name, int Requests, int Failed, TimeSpan Wall, double P50Ms, double P99Ms, double TableOpsPerTurn)
{
    public double PerSecond => Requests / Wall.TotalSeconds;

    /// <summary>
    /// Sends <paramref name="next"/>'s activities from <paramref name="concurrency"/> workers until
    /// <paramref name="duration"/> is over (after a short warm-up that is not measured), then waits for the table
    /// operations that the turns started in the background (a card update) to settle before counting them.
    /// </summary>
    public static async Task<Phase> RunAsync(string name, HttpClient client, Uri endpoint, Func<int, JsonObject> next,
        Func<long> tableOperations, int concurrency, TimeSpan duration)
    {
        var sequence = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            for (var i = 0; i < 3; i++)
            {
                await SendAsync(client, endpoint, next(Interlocked.Increment(ref sequence)));
            }
        }));
        await SettleAsync(tableOperations);

        var latencies = new List<double>();
        var failed = 0;
        var before = tableOperations();
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var mine = new List<double>();
            while (watch.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = await SendAsync(client, endpoint, next(Interlocked.Increment(ref sequence)));
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
        await SettleAsync(tableOperations);
        var operations = tableOperations() - before;
        latencies.Sort();
        return new Phase(name, latencies.Count, failed, wall, Percentile(latencies, 0.50), Percentile(latencies, 0.99),
            (double)operations / latencies.Count);
    }

    private static async Task<bool> SendAsync(HttpClient client, Uri endpoint, JsonObject activity)
    {
        using var content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(endpoint, content);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Waits until no table operation has happened for half a second (at most five seconds).</summary>
    private static async Task SettleAsync(Func<long> tableOperations)
    {
        var last = tableOperations();
        for (var i = 0; i < 10; i++)
        {
            await Task.Delay(500);
            var now = tableOperations();
            if (now == last)
            {
                return;
            }

            last = now;
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
