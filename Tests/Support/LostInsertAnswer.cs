using Azure.Core;
using Azure.Core.Pipeline;

namespace CoordinatorBot.Tests.Support;

/// <summary>
/// A table client whose first insert into one table (after <paramref name="after"/> answered ones) reaches it but whose
/// answer is lost, as on a dropped connection: the client's retry sends the insert again and meets the row it wrote
/// itself (409).
/// </summary>
internal sealed class LostInsertAnswer(string table, int after = 0) : HttpPipelinePolicy
{
    private int _answered;

    public bool Lost { get; private set; }

    /// <summary>Fresh tables (their own prefix) served through a client with this policy below its retries.</summary>
    public async Task<StorageTables> TablesAsync()
    {
        var options = new TableClientOptions();
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        var tables = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString, options), TestSettings.NewTablePrefix());
        await tables.CreateAllAsync(default);
        return tables;
    }

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        await ProcessNextAsync(message, pipeline);
        if (!Lost && message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith(table, StringComparison.Ordinal)
            && message.Response.Status is 201 or 204 && _answered++ == after)
        {
            Lost = true;
            throw new IOException("The connection was closed before the answer arrived.");
        }
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("The stores are asynchronous.");
}
