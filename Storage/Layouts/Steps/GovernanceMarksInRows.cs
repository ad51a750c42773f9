using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Status;

namespace CoordinatorBot.Storage.Layouts.Steps;

/// <summary>
/// Layout 5 to 6: the governance report kept every mark in its one row ("governance"), a history that only grows and
/// in time passes what Table Storage holds in one property (64 KiB). Each mark becomes a row of its own (see
/// <see cref="MarkKey"/>), its key following from its place in the history, so a step stopped
/// half way writes the same rows again; only then is the report row written without them, over the version read. A
/// report row without marks in it is passed over.
/// </summary>
internal sealed class GovernanceMarksInRows : ILayoutStep
{
    /// <summary>Layout 6's key of a mark: "g|{when, in ticks}|{order within one write}{unique}", oldest first.</summary>
    public static string MarkKey(DateTimeOffset at, int order, string unique) => $"{MarkPrefix}{at.UtcTicks:D19}|{order:D3}{unique}";

    public const string MarkPrefix = "g|";

    public async Task RunAsync(UpgradeContext context, CancellationToken cancellationToken)
    {
        if (await context.ExistingAsync(TableNames.StatusReports, cancellationToken) is not { } table)
        {
            return;
        }

        await foreach (var row in table.QueryAsync<JsonEntity>("RowKey eq 'governance'", cancellationToken: cancellationToken))
        {
            var report = RecordJson.Read<GovernanceReportRow>(row.Json);
            if (report.History is not { Count: > 0 })
            {
                continue;
            }

            foreach (var (mark, place) in report.History.Select((mark, place) => (mark, place)))
            {
                await table.UpsertEntityAsync(new JsonEntity
                {
                    PartitionKey = row.PartitionKey,
                    RowKey = MarkKey(mark.At, place % 1000, $"m{place:D6}"),
                    Json = RecordJson.Write(mark),
                }, TableUpdateMode.Replace, cancellationToken);
            }

            await table.UpdateEntityAsync(new JsonEntity
            {
                PartitionKey = row.PartitionKey, RowKey = row.RowKey, Json = RecordJson.Write(report with { History = [] }),
            }, row.ETag, TableUpdateMode.Replace, cancellationToken);
            await context.KeepLeaseAsync(cancellationToken);
        }
    }
}
