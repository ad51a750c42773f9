namespace CoordinatorBot.Storage.Tables;

/// <summary>Claims a row as it was read: of several instances changing it at once, only the first gets true.</summary>
public static class ClaimRow
{
    /// <summary>Replaces the row on the ETag it was read with, and keeps the new ETag on it; false when another changed it first.</summary>
    public static async Task<bool> TryReplaceAsync(this TableClient table, ITableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            var response = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, cancellationToken);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }
}
