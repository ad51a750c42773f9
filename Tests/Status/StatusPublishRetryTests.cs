using Azure.Core;
using Azure.Core.Pipeline;

namespace CoordinatorBot.Tests.Status;

/// <summary>
/// A publication whose answer from storage is lost after the report was stored: the table client sends the insert again,
/// finds the number taken, and the report must keep that one number rather than be stored a second time under the next.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StatusPublishRetryTests
{
    [Fact]
    public async Task A_report_whose_first_answer_was_lost_is_published_once_under_one_number()
    {
        var lose = new LoseFirstInsertAnswer();
        var options = new TableClientOptions();
        options.AddPolicy(lose, HttpPipelinePosition.PerRetry);
        var tables = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString, options), TestSettings.NewTablePrefix());
        await tables.CreateAllAsync(default);
        var store = new StatusStore(tables);
        var report = new StatusReport
        {
            From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 30), ComposedAt = DateTimeOffset.Parse("2026-11-30T11:00:00Z", CultureInfo.InvariantCulture),
            Mark = StatusMark.OnTrack, MarkWhy = "Stille måned.",
            PublishedAt = DateTimeOffset.Parse("2026-11-30T12:00:00Z", CultureInfo.InvariantCulture), PublishedByName = "Alice",
        };

        var published = await store.PublishAsync("os2mo", report, 2026, default);

        Assert.True(lose.Lost);
        Assert.Equal("S-2026-01", published.Number!.ToString());
        Assert.Equal(["S-2026-01"], (await store.ListAsync("os2mo", default)).Select(r => r.Number!.ToString()));
    }

    /// <summary>Lets the first insert of a report reach the table, then loses its answer as a dropped connection would.</summary>
    private sealed class LoseFirstInsertAnswer : HttpPipelinePolicy
    {
        public bool Lost { get; private set; }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (!Lost && message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith(TableNames.StatusReports, StringComparison.Ordinal)
                && message.Response.Status is 201 or 204)
            {
                Lost = true;
                throw new IOException("The connection was closed before the answer arrived.");
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            throw new NotSupportedException("The store is asynchronous.");
    }
}
