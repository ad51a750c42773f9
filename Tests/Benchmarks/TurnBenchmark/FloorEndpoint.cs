using System.Net.Http.Json;
using System.Text.Json;
using Azure.Core;
using Azure.Data.Tables;
using CoordinatorBot.Storage.Tables;
using CoordinatorBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CoordinatorBot.Benchmarks;

/// <summary>
/// The I/O floor: a minimal ASP.NET Core endpoint that takes the same activity the bot takes and does exactly one
/// table read, one upsert and one connector reply. No turn of the bot can do less I/O than this.
/// </summary>
internal sealed class FloorEndpoint : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private FloorEndpoint(LoopbackServer server, TableOperationCounter counter)
    {
        _server = server;
        Counter = counter;
    }

    public TableOperationCounter Counter { get; }
    public Uri Address => _server.Address;

    /// <summary>Starts the floor on <paramref name="url"/> (a free loopback port unless named).</summary>
    public static async Task<FloorEndpoint> StartAsync(string storage, string table, string url = "http://127.0.0.1:0")
    {
        var counter = new TableOperationCounter();
        var options = new TableClientOptions();
        options.AddPolicy(counter, HttpPipelinePosition.PerCall);
        var client = new TableServiceClient(storage, options).GetTableClient(table);
        await client.CreateIfNotExistsAsync();

        var server = await LoopbackServer.StartAsync(app => app.MapPost("/api/messages", async (HttpContext context, IHttpClientFactory http) =>
        {
            using var activity = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var root = activity.RootElement;
            var conversation = root.GetProperty("conversation").GetProperty("id").GetString()!;
            var person = root.GetProperty("from").GetProperty("aadObjectId").GetString()!;
            var key = Uri.EscapeDataString(conversation);
            var seen = await client.GetEntityIfExistsAsync<TableEntity>(key, person, cancellationToken: context.RequestAborted);
            var count = seen.HasValue ? seen.Value!.GetInt32("Count") ?? 0 : 0;
            await client.UpsertEntityAsync(new TableEntity(key, person) { ["Count"] = count + 1 }, TableUpdateMode.Replace, context.RequestAborted);
            var serviceUrl = root.GetProperty("serviceUrl").GetString()!;
            using var reply = await http.CreateClient().PostAsJsonAsync(
                $"{serviceUrl.TrimEnd('/')}/v3/conversations/{key}/activities/{Uri.EscapeDataString(root.GetProperty("id").GetString()!)}",
                new { type = "message", text = "ok" }, context.RequestAborted);
            reply.EnsureSuccessStatusCode();
            return Results.Ok();
        }), url, services => services.AddHttpClient());
        return new FloorEndpoint(server, counter);
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
