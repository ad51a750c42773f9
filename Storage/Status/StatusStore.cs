using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Storage.Status;

/// <summary>
/// A community's status reports and governance report, in its partition: the coordinator's draft ("draft"), each
/// published report inserted once under its number ("r|S-2026-03") and never written again. The governance report
/// shares the partition (<see cref="GovernanceStore"/>).
/// </summary>
public sealed class StatusStore(StorageTables tables)
{
    private const string DraftRow = "draft";
    private TableClient Table => tables[TableNames.StatusReports];

    public Task<StatusReport?> DraftAsync(string communityId, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<StatusReport>(communityId, DraftRow, cancellationToken);

    public async Task SaveDraftAsync(string communityId, StatusReport draft, CancellationToken cancellationToken) =>
        await Table.SaveRecordAsync(communityId, DraftRow, draft with { Number = null }, cancellationToken);

    /// <summary>
    /// Changes the draft with its ETag, never creating one: a mark pressed just after the draft was published finds
    /// none (null) rather than bringing it back to be published again.
    /// </summary>
    public async Task<StatusReport?> UpdateDraftAsync(string communityId, Func<StatusReport, StatusReport> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), DraftRow, cancellationToken: cancellationToken);
            if (!row.HasValue)
            {
                return null;
            }

            var next = change(RecordJson.Read<StatusReport>(row.Value!.Json)) with { Number = null };
            try
            {
                await Table.UpdateEntityAsync(new JsonEntity
                {
                    PartitionKey = TableKey.Escape(communityId), RowKey = DraftRow, Json = RecordJson.Write(next),
                }, row.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return next;
            }
            catch (Azure.RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }
            catch (Azure.RequestFailedException e) when (e.Status == 412 && attempt < OptimisticWrite.MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }

    /// <summary>
    /// Takes the draft away to publish it: read and deleted with its ETag, so that of two presses at the same moment
    /// only one gets it (the other gets null) and a report is published once.
    /// </summary>
    public async Task<StatusReport?> TakeDraftAsync(string communityId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), DraftRow, cancellationToken: cancellationToken);
        if (!row.HasValue)
        {
            return null;
        }

        try
        {
            await Table.DeleteEntityAsync(TableKey.Escape(communityId), DraftRow, row.Value!.ETag, cancellationToken);
        }
        catch (Azure.RequestFailedException e) when (e.Status is 404 or 412)
        {
            return null;
        }

        return RecordJson.Read<StatusReport>(row.Value.Json);
    }

    /// <summary>
    /// Publishes a report under the year's next number: inserted once, so that two publications at the same moment
    /// take two numbers and no stored report is ever replaced, and one publication takes one number.
    /// </summary>
    public async Task<StatusReport> PublishAsync(string communityId, StatusReport report, int year, CancellationToken cancellationToken)
    {
        var taken = (await ListAsync(communityId, cancellationToken)).Where(r => r.Number!.Year == year).Select(r => r.Number!.Sequence).ToList();
        for (var sequence = taken.Count == 0 ? 1 : taken.Max() + 1; ; sequence++)
        {
            var published = report with { Number = new StatusReportNumber(year, sequence) };
            // The publication's moment makes its JSON its own: a row that says it already is this publication, stored
            // by a try whose answer was lost, which must not take the next number too.
            if (await Table.TryInsertOwnAsync(new JsonEntity
                {
                    PartitionKey = TableKey.Escape(communityId), RowKey = Row(published.Number!), Json = RecordJson.Write(published),
                }, cancellationToken))
            {
                return published;
            }
        }
    }

    public Task<StatusReport?> GetAsync(string communityId, StatusReportNumber number, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<StatusReport>(communityId, Row(number), cancellationToken);

    /// <summary>The published reports, oldest first.</summary>
    public async Task<IReadOnlyList<StatusReport>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        [.. (await Table.ListRecordsAsync<StatusReport>(communityId, "r|", cancellationToken)).OrderBy(r => r.Number!.Year).ThenBy(r => r.Number!.Sequence)];

    // Zero-padded so that the rows sort by number.
    private static string Row(StatusReportNumber number) => $"r|{number.Year:0000}-{number.Sequence:0000}";
}
