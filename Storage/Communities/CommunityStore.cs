namespace CoordinatorBot.Storage.Communities;

/// <summary>Communities, one row each in their own partition.</summary>
public sealed class CommunityStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Communities];

    public async Task<Community?> GetAsync(string communityId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<CommunityEntity>(TableKey.Escape(communityId), CommunityEntity.RowKeyValue,
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToCommunity() : null;
    }

    /// <summary>
    /// Changes the community with <paramref name="change"/>, which sees the current state (null when new) and returns
    /// the new state, or null to leave it as it is. Concurrent changes are all kept (see <see cref="OptimisticWrite"/>).
    /// </summary>
    public async Task<Community?> UpdateAsync(string communityId, Func<Community?, Community?> change,
        CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<CommunityEntity>(TableKey.Escape(communityId), CommunityEntity.RowKeyValue,
            current =>
            {
                var next = change(current?.ToCommunity());
                return next is null ? null : CommunityEntity.From(next);
            },
            cancellationToken);
        return saved?.ToCommunity();
    }

    /// <summary>Every active community (for the scheduled jobs).</summary>
    public async Task<IReadOnlyList<Community>> ListActiveAsync(CancellationToken cancellationToken) =>
        await Table.QueryAsync<CommunityEntity>(e => e.IsActive, cancellationToken: cancellationToken).Select(row => row.ToCommunity())
            .ToListAsync(cancellationToken);
}
