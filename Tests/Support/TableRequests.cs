using Azure.Core.Pipeline;
using Azure.Core;
using CoordinatorBot.Storage;

namespace CoordinatorBot.Tests.Support;

/// <summary>
/// Records which table each of the bot's table requests goes to, and whether it queries or reads one row: a policy in
/// the table client's pipeline (the bot's own <see cref="TableOperationCounter"/> counts all tables together). A test
/// that installs it counts the reads of one table a job makes.
/// </summary>
internal sealed class TableRequests : HttpPipelineSynchronousPolicy
{
    private readonly ConcurrentQueue<(string Table, bool Query)> _requests = new();
    private string _prefix = string.Empty;

    /// <summary>Serves the bot's tables through a client with this recorder in its pipeline; the test reads it as a service.</summary>
    public static void Install(IServiceCollection services)
    {
        var recorder = new TableRequests();
        services.AddSingleton(recorder);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return recorder.Serving(options.ConnectionString, options.TablePrefix, sp.GetRequiredService<TableOperationCounter>());
        });
    }

    /// <summary>The tables of <paramref name="tables"/> through a client with a new recorder in its pipeline (for a store made by hand).</summary>
    public static (StorageTables Tables, TableRequests Requests) Over(StorageTables tables)
    {
        var recorder = new TableRequests();
        return (recorder.Serving(TestSettings.StorageConnectionString, tables.Prefix), recorder);
    }

    /// <summary>Tables through a client with <paramref name="before"/> and then this recorder in its pipeline.</summary>
    private StorageTables Serving(string? connectionString, string prefix, params HttpPipelinePolicy[] before)
    {
        _prefix = prefix;
        var clientOptions = new TableClientOptions();
        foreach (var policy in before.Append(this))
        {
            clientOptions.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        return new StorageTables(new TableServiceClient(connectionString, clientOptions), prefix);
    }

    public int Count => _requests.Count;

    /// <summary>The queries (reads with a filter) of <paramref name="table"/> among the requests recorded after the first <paramref name="skip"/>.</summary>
    public int Queries(string table, int skip = 0) => _requests.Skip(skip).Count(r => r.Query && r.Table == table);

    /// <summary>The one-row reads of <paramref name="table"/> among the requests recorded after the first <paramref name="skip"/>.</summary>
    public int PointReads(string table, int skip = 0) => _requests.Skip(skip).Count(r => !r.Query && r.Table == table);

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Get)
        {
            return;
        }

        // ".../{prefix}{table}()?$filter=..." or ".../{prefix}{table}(PartitionKey='…',RowKey='…')".
        var last = message.Request.Uri.Path.Split('/')[^1];
        var open = last.IndexOf('(', StringComparison.Ordinal);
        if (open > 0 && last.StartsWith(_prefix, StringComparison.Ordinal))
        {
            _requests.Enqueue((last[_prefix.Length..open], message.Request.Uri.Query.Contains("$filter=", StringComparison.Ordinal)));
        }
    }
}
