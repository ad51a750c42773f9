namespace CoordinatorBot.Storage.Backup;

/// <summary>
/// Restores an archive into the account: by default only into one where none of the bot's tables holds a row, and
/// never an archive of a layout newer than this code. Rows are written as they were (properties and types), in
/// transactions of one partition; a store of an earlier layout is brought forward when the bot next starts.
/// </summary>
public sealed class TableRestore(StorageTables tables, StoreLayoutRow layoutRow)
{
    // A transaction holds at most 100 operations and 4 MiB; stay well under the size.
    private const int MaxBatch = 100;
    private const int MaxBatchChars = 1_000_000;

    /// <param name="replace">True: restore into an account that holds rows; the archive's rows replace those with the
    /// same keys, every other row stays.</param>
    /// <exception cref="RestoreRefusedException">The archive is newer than this code, or the account is not empty.</exception>
    public async Task<IReadOnlyList<ArchiveTable>> RestoreAsync(ArchiveReader archive, bool replace, CancellationToken cancellationToken)
    {
        var header = archive.Header;
        if (header.Layout > StoreLayout.Current)
        {
            throw new RestoreRefusedException(
                $"The archive has layout {header.Layout} (bot {header.Bot}); this bot knows layouts up to {StoreLayout.Current}. Restore it with bot {header.Bot} or newer.");
        }

        var unknown = header.Tables.Select(t => t.Name).Where(name => !LayoutHistory.AllTables.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new RestoreRefusedException($"The archive holds tables this bot does not know: {string.Join(", ", unknown)}.");
        }

        if (!replace)
        {
            var holding = await TablesWithRowsAsync(cancellationToken);
            if (holding.Count > 0)
            {
                throw new RestoreRefusedException(
                    $"The account already holds rows (tables {string.Join(", ", holding)}{(tables.Prefix.Length > 0 ? $", prefix '{tables.Prefix}'" : string.Empty)}). Restore into an empty account, or pass --replace to write the archive's rows over those with the same keys.");
            }
        }

        var restored = new List<ArchiveTable>();
        foreach (var table in header.Tables)
        {
            var client = tables[table.Name];
            await client.CreateIfNotExistsAsync(cancellationToken);
            restored.Add(new ArchiveTable(table.Name, await WriteRowsAsync(client, archive.ReadRowsAsync(table.Name, cancellationToken), cancellationToken)));
        }

        // The store now holds rows of the archive's layout (an archive of one community holds no layout row): the next
        // start brings them forward from there. Steps pass over rows already brought forward.
        await layoutRow.WriteAsync(header.Layout == StoreLayout.Unversioned ? null : header.Layout, header.Bot, cancellationToken);

        return restored;
    }

    private static async Task<long> WriteRowsAsync(TableClient table, IAsyncEnumerable<TableEntity> rows, CancellationToken cancellationToken)
    {
        long count = 0;
        var batch = new List<TableTransactionAction>(MaxBatch);
        var batchChars = 0;
        await foreach (var row in rows)
        {
            var size = Size(row);
            if (batch.Count > 0 && (batch.Count == MaxBatch || batchChars + size > MaxBatchChars || batch[0].Entity.PartitionKey != row.PartitionKey))
            {
                await table.SubmitTransactionAsync(batch, cancellationToken);
                batch.Clear();
                batchChars = 0;
            }

            batch.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, row));
            batchChars += size;
            count++;
        }

        if (batch.Count > 0)
        {
            await table.SubmitTransactionAsync(batch, cancellationToken);
        }

        return count;
    }

    private static int Size(TableEntity row) =>
        row.Sum(p => p.Key.Length + p.Value switch { string s => s.Length, byte[] b => b.Length * 2, _ => 16 });

    private async Task<IReadOnlyList<string>> TablesWithRowsAsync(CancellationToken cancellationToken)
    {
        var holding = new List<string>();
        foreach (var name in await tables.ExistingAsync(LayoutHistory.AllTables, cancellationToken))
        {
            // The layout row alone is what a bot started on an empty account writes: that account is still empty.
            var filter = name == TableNames.Settings ? StoreLayoutRow.NotTheLayoutRow : null;
            await foreach (var _ in tables[name].QueryAsync<TableEntity>(filter, maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
            {
                holding.Add(name);
                break;
            }
        }

        return holding;
    }
}
