using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// Where a turn's time goes, from inside the process (--profile): the bot's turn spans, the table client's calls (the
/// Azure SDK's spans, by operation) and the calls to the connector stand-in, listened to with an ActivityListener and
/// added up per phase. A listener costs a little itself, so a profiled run's rates are not the benchmark's.
/// </summary>
internal sealed class OperationProfile : IDisposable
{
    private readonly ActivityListener _listener;
    private readonly int _connectorPort;
    private ConcurrentDictionary<string, (long Count, double Ms)> _spans = new(StringComparer.Ordinal);

    public OperationProfile(int connectorPort)
    {
        _connectorPort = connectorPort;
        _listener = new ActivityListener
        {
            ShouldListenTo = s => s.Name == "CoordinatorBot" || s.Name.StartsWith("Azure.Data.Tables", StringComparison.Ordinal) || s.Name == "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = Stopped,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    /// <summary>
    /// Must be called before the first table client is made: the Azure SDK reports its calls through ActivitySource only
    /// when this switch is on.
    /// </summary>
    public static void EnableAzureActivities() => AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);

    /// <summary>Forgets what was seen so far (the warm-up, the settling between phases).</summary>
    public void Reset() => Interlocked.Exchange(ref _spans, new ConcurrentDictionary<string, (long, double)>(StringComparer.Ordinal));

    /// <summary>What was seen since the last reset, per span name: count and milliseconds in all.</summary>
    public IReadOnlyDictionary<string, (long Count, double Ms)> Take() =>
        Interlocked.Exchange(ref _spans, new ConcurrentDictionary<string, (long, double)>(StringComparer.Ordinal));

    /// <summary>Prints a turn's spans per turn, the costliest first.</summary>
    public static void Print(string turn, int turns, double p50, IEnumerable<IReadOnlyDictionary<string, (long Count, double Ms)>> rounds)
    {
        var sums = rounds.SelectMany(r => r).GroupBy(s => s.Key, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Count: g.Sum(s => s.Value.Count), Ms: g.Sum(s => s.Value.Ms))).OrderByDescending(s => s.Ms);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {turn} ({turns} turns, p50 {p50:F1} ms):"));
        foreach (var (name, count, ms) in sums)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {name,-48} {(double)count / turns,6:F2}/turn {ms / turns,8:F2} ms/turn {ms / count,7:F2} ms each"));
        }
    }

    private void Stopped(Activity activity)
    {
        string name;
        if (activity.Source.Name == "System.Net.Http")
        {
            // Only the bot's calls to the connector: the load's own requests and the table client's are elsewhere.
            if (activity.GetTagItem("server.port") is not int port || port != _connectorPort)
            {
                return;
            }

            name = $"connector {activity.GetTagItem("http.request.method")}";
        }
        else
        {
            name = activity.Source.Name == "CoordinatorBot" ? $"turn ({activity.DisplayName})" : activity.DisplayName;
        }

        _spans.AddOrUpdate(name, (1, activity.Duration.TotalMilliseconds),
            (_, s) => (s.Count + 1, s.Ms + activity.Duration.TotalMilliseconds));
    }

    public void Dispose() => _listener.Dispose();
}
