using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using CoordinatorBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// A Bot Connector on loopback that enforces Teams' documented limits (PROTOCOL.md §5): per conversation 7 sends a
/// second and 60 in 30 seconds, per tenant 50 a second. Over a limit it answers 429 with Retry-After. It counts every
/// delivery per conversation, so duplicates and losses can be told.
/// </summary>
public sealed class LimitedConnector : IAsyncDisposable
{
    private readonly object _lock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _conversations = new();
    private readonly Queue<DateTimeOffset> _tenant = new();
    private LoopbackServer? _server;

    public ConcurrentDictionary<string, int> Deliveries { get; } = new();
    public int TooManyRequests;
    public string ServiceUrl => _server!.Address.ToString().TrimEnd('/') + "/teams/";

    public static async Task<LimitedConnector> StartAsync()
    {
        var connector = new LimitedConnector();
        connector._server = await LoopbackServer.StartAsync(app => app.MapPost("/teams/v3/conversations/{id}/activities", connector.Send));
        return connector;
    }

    public void Reset()
    {
        Deliveries.Clear();
        TooManyRequests = 0;
    }

    private IResult Send(string id)
    {
        var now = DateTimeOffset.UtcNow;
        lock (_lock)
        {
            if (!_conversations.TryGetValue(id, out var sends))
            {
                _conversations[id] = sends = new Queue<DateTimeOffset>();
            }

            Trim(sends, now, TimeSpan.FromSeconds(30));
            Trim(_tenant, now, TimeSpan.FromSeconds(1));
            if (_tenant.Count >= 50 || sends.Count(s => s > now.AddSeconds(-1)) >= 7 || sends.Count >= 60)
            {
                Interlocked.Increment(ref TooManyRequests);
                return Results.Text("{\"error\":{\"code\":\"TooManyRequests\"}}", "application/json", statusCode: 429)
                    .WithHeader("Retry-After", "1");
            }

            sends.Enqueue(now);
            _tenant.Enqueue(now);
        }

        Deliveries.AddOrUpdate(id, 1, (_, n) => n + 1);
        return Results.Json(new JsonObject { ["id"] = Guid.NewGuid().ToString("N") }, statusCode: 201);
    }

    private static void Trim(Queue<DateTimeOffset> queue, DateTimeOffset now, TimeSpan window)
    {
        while (queue.Count > 0 && queue.Peek() <= now - window)
        {
            queue.Dequeue();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

internal static class ResultExtensions
{
    public static IResult WithHeader(this IResult result, string name, string value) => new HeaderResult(result, name, value);

    private sealed class HeaderResult(IResult inner, string name, string value) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.Headers[name] = value;
            return inner.ExecuteAsync(context);
        }
    }
}
