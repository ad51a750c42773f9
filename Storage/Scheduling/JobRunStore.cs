using Azure;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Storage.Scheduling;

/// <summary>Which scheduled occurrences have run: a row per occurrence, added once, so an occurrence never runs twice.</summary>
public sealed class JobRunStore(StorageTables tables)
{
    /// <summary>True for the one caller that claims the occurrence first.</summary>
    public async Task<bool> TryClaimAsync(string job, string occurrence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await tables[TableNames.JobRuns].AddEntityAsync(new JsonEntity
            {
                PartitionKey = TableKey.Escape(job), RowKey = TableKey.Escape(occurrence), Json = RecordJson.Write(now),
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
