using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// The Bot Connector on loopback, as cheap as it can be: every send, reply and update is answered at once with an id,
/// a new 1:1 chat with a conversation id, a roster page with nobody. It is the same for the bot and the floor.
/// </summary>
internal sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _requests;
    private volatile string? _captured;

    private ConnectorStandIn(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public long Requests => Interlocked.Read(ref _requests);

    /// <summary>While true, the body of the next activity sent or replied is kept (for <see cref="TakeCaptured"/>).</summary>
    public bool Capture { get; set; }

    /// <summary>The activity kept while <see cref="Capture"/> was on, once.</summary>
    public string? TakeCaptured() => Interlocked.Exchange(ref _captured, null);

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new ConnectorStandIn(app);
        app.Map("/{**path}", async (HttpContext context) =>
        {
            var n = Interlocked.Increment(ref connector._requests);
            var path = context.Request.Path.Value ?? string.Empty;
            if (connector.Capture && context.Request.Method == HttpMethods.Post && path.Contains("/activities", StringComparison.Ordinal))
            {
                using var reader = new StreamReader(context.Request.Body);
                connector._captured ??= await reader.ReadToEndAsync(context.RequestAborted);
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
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        connector.ServiceUrl = address.TrimEnd('/') + "/teams/";
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
