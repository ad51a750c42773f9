using System.Reflection;

namespace CoordinatorBot.Storage.Backup;

/// <summary>
/// Writes every table the bot has ever used (<see cref="LayoutHistory.AllTables"/>), or one community's rows, to an
/// archive: page by page, a row a line, so that memory does not grow with the account.
/// </summary>
public sealed class TableBackup(StorageTables tables, StoreLayoutRow layoutRow, TimeProvider time)
{
    public async Task<ArchiveHeader> WriteAsync(ArchiveWriter archive, string? communityId, CancellationToken cancellationToken)
    {
        var layout = await layoutRow.ReadAsync(cancellationToken);
        var written = new List<ArchiveTable>();
        foreach (var table in await tables.ExistingAsync(LayoutHistory.AllTables, cancellationToken))
        {
            var filter = communityId is null ? null : CommunityRows.Filter(table, communityId);
            if (communityId is not null && filter is null)
            {
                continue;
            }

            long rows = 0;
            await using (var stream = archive.OpenTable(table))
            {
                await using var writer = new Utf8JsonWriter(stream);
                await foreach (var row in tables[table].QueryAsync<TableEntity>(filter, maxPerPage: 1000, cancellationToken: cancellationToken))
                {
                    RowJson.Write(writer, row);
                    await writer.FlushAsync(cancellationToken);
                    stream.WriteByte((byte)'\n');
                    writer.Reset();
                    rows++;
                }
            }

            written.Add(new ArchiveTable(table, rows));
        }

        var header = new ArchiveHeader(TableArchive.Format, BotVersion, layout ?? StoreLayout.Unversioned, time.GetUtcNow(), communityId, written);
        await archive.WriteHeaderAsync(header, cancellationToken);
        return header;
    }

    /// <summary>The version of the bot that runs this code.</summary>
    public static string BotVersion { get; } =
        typeof(TableBackup).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
}
