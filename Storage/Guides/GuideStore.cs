using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Storage.Guides;

/// <summary>
/// Guides and user cases ("g|{number}", one numbering for both), the counter ("counter") and each person's consent to
/// be named in a case ("c|{object id}", present while they consent), in the community's partition.
/// </summary>
public sealed class GuideStore(StorageTables tables) : RecordStore<Guide, int>(tables, TableNames.Guides)
{
    public Task<int> NextNumberAsync(string communityId, CancellationToken cancellationToken) =>
        Table.NextNumberAsync(communityId, cancellationToken);

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
            await Table.SaveRecordAsync(communityId, key, true, cancellationToken);
        }
        else
        {
            await Table.DeleteEntityAsync(partition, key, Azure.ETag.All, cancellationToken);
        }
    }

    protected override int IdOf(Guide guide) => guide.Number;

    protected override string RowKey(int number) => $"g|{number.ToString("D6", CultureInfo.InvariantCulture)}";
}
