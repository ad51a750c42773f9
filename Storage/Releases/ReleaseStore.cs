using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Storage.Releases;

/// <summary>
/// A community's releases (RowKey "r|{version's key}", so that one version however written is one row, inserted
/// once) and where reading its repository stands ("github"), in the community's partition.
/// </summary>
public sealed class ReleaseStore(StorageTables tables)
{
    private const string SyncRow = "github";
    private TableClient Table => tables[TableNames.Releases];

    /// <summary>Stores a new release; false when its version is there already (a second entry, or GitHub's and the coordinator's).</summary>
    public Task<bool> AddAsync(string communityId, Release release, CancellationToken cancellationToken) =>
        Table.TryInsertAsync(new JsonEntity
        {
            PartitionKey = TableKey.Escape(communityId), RowKey = RowOf(release.ParsedVersion()), Json = RecordJson.Write(release),
        }, cancellationToken);

    public async Task<Release?> GetAsync(string communityId, ReleaseVersion version, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), RowOf(version), cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<Release>(row.Value!.Json) : null;
    }

    /// <summary>Every release of the community, in one query of its rows.</summary>
    public async Task<IReadOnlyList<Release>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var list = new List<Release>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(communityId)} and RowKey ge {"r|"} and RowKey lt {"r|~"}");
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(RecordJson.Read<Release>(row.Json));
        }

        return ReleaseLog.Newest(list);
    }

    public async Task<ReleaseSync?> SyncAsync(string communityId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), SyncRow, cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<ReleaseSync>(row.Value!.Json) : null;
    }

    /// <summary>Changes where reading the repository stands, with the ETag; <paramref name="change"/> gets null before the first read.</summary>
    public async Task<ReleaseSync?> UpdateSyncAsync(string communityId, Func<ReleaseSync?, ReleaseSync?> change, CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(communityId), SyncRow,
            current => change(current is null ? null : RecordJson.Read<ReleaseSync>(current.Json)) is { } next
                ? new JsonEntity { Json = RecordJson.Write(next) }
                : null, cancellationToken);
        return saved is null ? null : RecordJson.Read<ReleaseSync>(saved.Json);
    }

    private static string RowOf(ReleaseVersion version) => $"r|{TableKey.Escape(version.Key)}";
}
