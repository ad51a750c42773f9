using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Storage.Guides;

/// <summary>
/// Guides and user cases ("g|{number}", one numbering for both), the counter ("counter") and each person's consent to
/// be named in a case ("c|{object id}", present while they consent), in the community's partition.
/// </summary>
public sealed class GuideStore(StorageTables tables)
{
    private const string CounterRow = "counter";
    private TableClient Table => tables[TableNames.Guides];

    public async Task<int> NextNumberAsync(string communityId, CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(communityId), CounterRow,
            current => new JsonEntity { Json = ((current is null ? 0 : int.Parse(current.Json, CultureInfo.InvariantCulture)) + 1).ToString(CultureInfo.InvariantCulture) },
            cancellationToken);
        return int.Parse(saved!.Json, CultureInfo.InvariantCulture);
    }

    public Task<bool> AddAsync(string communityId, Guide guide, CancellationToken cancellationToken) =>
        Table.TryInsertRecordAsync(communityId, Row(guide.Number), guide, cancellationToken);

    public Task<Guide?> GetAsync(string communityId, int number, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<Guide>(communityId, Row(number), cancellationToken);

    /// <summary>Changes one with the ETag it was read with; <paramref name="change"/> returns null to leave it; null when there is none.</summary>
    public Task<Guide?> UpdateAsync(string communityId, int number, Func<Guide, Guide?> change, CancellationToken cancellationToken) =>
        Table.UpdateRecordAsync(communityId, Row(number), change, cancellationToken);

    /// <summary>Every guide and case of the community, and who consents to be named, in one query.</summary>
    public async Task<(IReadOnlyList<Guide> Guides, IReadOnlySet<string> Consenting)> LoadAsync(string communityId, CancellationToken cancellationToken)
    {
        var guides = new List<Guide>();
        var consenting = new HashSet<string>(StringComparer.Ordinal);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(communityId)}");
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey.StartsWith("g|", StringComparison.Ordinal))
            {
                guides.Add(RecordJson.Read<Guide>(row.Json));
            }
            else if (row.RowKey.StartsWith("c|", StringComparison.Ordinal))
            {
                consenting.Add(TableKey.Unescape(row.RowKey[2..]));
            }
        }

        return ([.. guides.OrderByDescending(g => g.Number)], consenting);
    }

    /// <summary>The person's own consent to be named in the community's cases: given (a row) or withdrawn (none).</summary>
    public async Task SetConsentAsync(string communityId, string aadObjectId, bool consent, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        var key = $"c|{TableKey.Escape(aadObjectId)}";
        if (consent)
        {
            await Table.UpsertEntityAsync(new JsonEntity { PartitionKey = partition, RowKey = key, Json = "true" }, TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            await Table.DeleteEntityAsync(partition, key, Azure.ETag.All, cancellationToken);
        }
    }

    private static string Row(int number) => $"g|{number.ToString("D6", CultureInfo.InvariantCulture)}";
}
