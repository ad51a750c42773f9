namespace CoordinatorBot.Storage.Tables;

/// <summary>Adds a row that must exist once: of several callers, exactly one gets true.</summary>
public static class InsertOnce
{
    public static async Task<bool> TryInsertAsync(this TableClient table, ITableEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await table.AddEntityAsync(entity, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }
}
