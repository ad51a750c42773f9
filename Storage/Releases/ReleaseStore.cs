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
        Table.TryInsertRecordAsync(communityId, RowOf(release.ParsedVersion()), release, cancellationToken);

    public Task<Release?> GetAsync(string communityId, ReleaseVersion version, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<Release>(communityId, RowOf(version), cancellationToken);

    /// <summary>Every release of the community, in one query of its rows.</summary>
    public async Task<IReadOnlyList<Release>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        ReleaseLog.Newest(await Table.ListRecordsAsync<Release>(communityId, "r|", cancellationToken));

    public Task<ReleaseSync?> SyncAsync(string communityId, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<ReleaseSync>(communityId, SyncRow, cancellationToken);

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
