namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// Keeps proactive sends within Teams' limits (PROTOCOL.md §5): per conversation 7 a second and 60 in 30 seconds; per
/// tenant a configured rate. A caller waits until its send fits every sliding window, then takes its place.
/// </summary>
public sealed class SendRateGate(IOptions<SchedulingOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan HalfMinute = TimeSpan.FromSeconds(30);

    private readonly object _lock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _tenants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new(StringComparer.Ordinal);
    private readonly int _tenantPerSecond = Math.Max(1, (int)Math.Floor(options.Value.TenantRatePerSecond));

    public async Task WaitAsync(string tenant, string conversation, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var perTenant = Window(_tenants, tenant, now, Second);
                var perConversation = Window(_conversations, conversation, now, HalfMinute);
                wait = Max(Until(perTenant, now, Second, _tenantPerSecond), Until(perConversation, now, Second, 7), Until(perConversation, now, HalfMinute, 60));
                if (wait <= TimeSpan.Zero)
                {
                    perTenant.Enqueue(now);
                    perConversation.Enqueue(now);
                    return;
                }
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private static Queue<DateTimeOffset> Window(Dictionary<string, Queue<DateTimeOffset>> windows, string key, DateTimeOffset now, TimeSpan length)
    {
        if (!windows.TryGetValue(key, out var queue))
        {
            // Forget conversations that have been quiet, so the map stays small.
            if (windows.Count > 10_000)
            {
                foreach (var quiet in windows.Where(w => w.Value.Count == 0 || w.Value.Last() < now - length).Select(w => w.Key).ToList())
                {
                    windows.Remove(quiet);
                }
            }

            windows[key] = queue = new Queue<DateTimeOffset>();
        }

        while (queue.Count > 0 && queue.Peek() <= now - length)
        {
            queue.Dequeue();
        }

        return queue;
    }

    /// <summary>How long until fewer than <paramref name="limit"/> sends lie within the last <paramref name="length"/>.</summary>
    private static TimeSpan Until(Queue<DateTimeOffset> sends, DateTimeOffset now, TimeSpan length, int limit)
    {
        var inWindow = sends.Where(s => s > now - length).ToList();
        return inWindow.Count < limit ? TimeSpan.Zero : inWindow[^limit] + length - now + TimeSpan.FromMilliseconds(1);
    }

    private static TimeSpan Max(params TimeSpan[] spans) => spans.Max();
}
