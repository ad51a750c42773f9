using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

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
    private WebApplication? _app;

    public ConcurrentDictionary<string, int> Deliveries { get; } = new();
    public int TooManyRequests;
    public string ServiceUrl { get; private set; } = string.Empty;

    public static async Task<LimitedConnector> StartAsync()
    {
        var connector = new LimitedConnector();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        connector._app = builder.Build();
        connector._app.MapPost("/teams/v3/conversations/{id}/activities", connector.Send);
        await connector._app.StartAsync();
        var address = connector._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/teams/";
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
        if (_app is not null)
        {
            await _app.DisposeAsync();
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
