using CoordinatorBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// The Bot Connector on loopback, as cheap as it can be: every send, reply and update is answered at once with an id,
/// a new 1:1 chat with a conversation id, a roster page with nobody. It is the same for the bot and the floor.
/// </summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private LoopbackServer _server = null!;
    private long _requests;
    private volatile string? _captured;

    public string ServiceUrl => _server.Address.ToString().TrimEnd('/') + "/teams/";

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>While true, the body of the next activity sent or replied is kept (for <see cref="TakeCaptured"/>).</summary>
    public bool Capture { get; set; }

    /// <summary>The activity kept while <see cref="Capture"/> was on, once.</summary>
    public string? TakeCaptured() => Interlocked.Exchange(ref _captured, null);

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var connector = new ConnectorStandIn();
        connector._server = await LoopbackServer.StartAsync(app => app.Map("/{**path}", connector.AnswerAsync));
        return connector;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        var n = Interlocked.Increment(ref _requests);
        var path = context.Request.Path.Value ?? string.Empty;
        if (Capture && context.Request.Method == HttpMethods.Post && path.Contains("/activities", StringComparison.Ordinal))
        {
            using var reader = new StreamReader(context.Request.Body);
            _captured ??= await reader.ReadToEndAsync(context.RequestAborted);
        }
        else
        {
            // Read the body as Teams would, so that the sender pays for writing it.
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(path.EndsWith("/pagedmembers", StringComparison.Ordinal) ? """{"members":[]}"""
            : path.EndsWith("/v3/conversations", StringComparison.Ordinal) ? $$"""{"id":"a:chat-{{n}}"}"""
            : $$"""{"id":"activity-{{n}}"}""", context.RequestAborted);
    }
}
