namespace CoordinatorBot.Storage.Scheduling;

/// <summary>Which scheduled occurrences have run: a row per occurrence, added once, so an occurrence never runs twice.</summary>
public sealed class JobRunStore(StorageTables tables)
{
    /// <summary>True for the one caller that claims the occurrence first.</summary>
    public Task<bool> TryClaimAsync(string job, string occurrence, DateTimeOffset now, CancellationToken cancellationToken) =>
        tables[TableNames.JobRuns].TryClaimRecordAsync(job, TableKey.Escape(occurrence), now, cancellationToken);
}
