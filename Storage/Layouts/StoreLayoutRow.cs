namespace CoordinatorBot.Storage.Layouts;

/// <summary>Reads and writes the store's layout (<see cref="LayoutEntity"/>).</summary>
public sealed class StoreLayoutRow(StorageTables tables, TimeProvider time)
{
    private const string Partition = "bot";
    private const string Row = "layout";

    /// <summary>The store's layout; null when no release recorded one (a new store, or one written by releases 1–4).</summary>
    public async Task<int?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var row = await tables[TableNames.Settings].GetEntityIfExistsAsync<LayoutEntity>(Partition, Row, cancellationToken: cancellationToken);
            return row.HasValue ? row.Value!.Layout : null;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No settings table: nothing was ever stored here.
            return null;
        }
    }

    /// <summary>Records the store's layout; null removes the record (the store's rows are of no recorded layout).</summary>
    public async Task WriteAsync(int? layout, string bot, CancellationToken cancellationToken)
    {
        var settings = tables[TableNames.Settings];
        await settings.CreateIfNotExistsAsync(cancellationToken);
        if (layout is null)
        {
            try
            {
                await settings.DeleteEntityAsync(Partition, Row, ETag.All, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // No record to remove.
            }

            return;
        }

        await settings.UpsertEntityAsync(new LayoutEntity
        {
            PartitionKey = Partition, RowKey = Row, Layout = layout.Value, Bot = bot, UpdatedAt = time.GetUtcNow(),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>An OData filter for the settings table's rows other than the layout row.</summary>
    public static string NotTheLayoutRow { get; } = TableClient.CreateQueryFilter($"not (PartitionKey eq {Partition} and RowKey eq {Row})");
}
