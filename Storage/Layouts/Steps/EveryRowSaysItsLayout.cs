namespace CoordinatorBot.Storage.Layouts.Steps;

/// <summary>
/// Layout 4 to 5: every row gets the <see cref="StoreLayout.Property"/> that this layout's rows carry, added by a merge
/// (nothing else of the row is sent), a partition's rows in transactions of up to 100. Rows that have it are passed over.
/// </summary>
internal sealed class EveryRowSaysItsLayout : ILayoutStep
{
    private const int MaxBatch = 100;
    private const int Layout = 5;

    public async Task RunAsync(UpgradeContext context, CancellationToken cancellationToken)
    {
        foreach (var name in await context.Tables.ExistingAsync(TableNames.All, cancellationToken))
        {
            var table = context.Tables[name];
            var batch = new List<TableTransactionAction>(MaxBatch);
            await foreach (var row in table.QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey", StoreLayout.Property], cancellationToken: cancellationToken))
            {
                if (row.ContainsKey(StoreLayout.Property))
                {
                    continue;
                }

                if (batch.Count > 0 && (batch.Count == MaxBatch || batch[0].Entity.PartitionKey != row.PartitionKey))
                {
                    await SubmitAsync(table, batch, context, cancellationToken);
                }

                batch.Add(new TableTransactionAction(TableTransactionActionType.UpdateMerge,
                    new TableEntity(row.PartitionKey, row.RowKey) { [StoreLayout.Property] = Layout }, ETag.All));
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
