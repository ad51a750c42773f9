namespace CoordinatorBot.Storage.Layouts.Steps;

/// <summary>
/// The last step to a layout: every row says it (<see cref="StoreLayout.Property"/>), set by a merge (nothing else of
/// the row is sent), a partition's rows in transactions of up to 100. Layout 4 to 5 gave every row the property; each
/// later layout raises it on rows the steps before it left as they were. Rows that say it already are passed over.
/// </summary>
internal sealed class EveryRowSaysItsLayout(int layout) : ILayoutStep
{
    private const int MaxBatch = 100;

    public async Task RunAsync(UpgradeContext context, CancellationToken cancellationToken)
    {
        foreach (var name in await context.Tables.ExistingAsync(TableNames.All, cancellationToken))
        {
            var table = context.Tables[name];
            var batch = new List<TableTransactionAction>(MaxBatch);
            // The store's own layout row says the store's layout in the same property: the upgrade writes it when every
            // step is done, never this step (an upgrade stopped after it would otherwise not be taken up again).
            var filter = name == TableNames.Settings ? StoreLayoutRow.NotTheLayoutRow : null;
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", StoreLayout.Property],
                               cancellationToken: cancellationToken))
            {
                if (row.GetInt32(StoreLayout.Property) >= layout)
                {
                    continue;
                }

                if (batch.Count > 0 && (batch.Count == MaxBatch || batch[0].Entity.PartitionKey != row.PartitionKey))
                {
                    await SubmitAsync(table, batch, context, cancellationToken);
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                    new TableEntity(row.PartitionKey, row.RowKey) { [StoreLayout.Property] = layout }, ETag.All));
            }

            if (batch.Count > 0)
            {
                await SubmitAsync(table, batch, context, cancellationToken);
            }
        }
    }

    private static async Task SubmitAsync(TableClient table, List<TableTransactionAction> batch, UpgradeContext context, CancellationToken cancellationToken)
    {
        await table.SubmitTransactionAsync(batch, cancellationToken);
        batch.Clear();
        await context.KeepLeaseAsync(cancellationToken);
    }
}
