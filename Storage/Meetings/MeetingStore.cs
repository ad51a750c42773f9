using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Storage.Meetings;

/// <summary>The community's meetings, one row each (RowKey "m|{id}") in the community's partition.</summary>
public sealed class MeetingStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Meetings];

    /// <summary>Adds a meeting; false when one with the same id exists (the same form sent twice).</summary>
    public Task<bool> AddAsync(string communityId, Meeting meeting, CancellationToken cancellationToken) =>
        Table.TryInsertAsync(new JsonEntity
        {
            PartitionKey = TableKey.Escape(communityId), RowKey = Row(meeting.Id), Json = RecordJson.Write(meeting),
        }, cancellationToken);

    public async Task<Meeting?> GetAsync(string communityId, string id, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<JsonEntity>(TableKey.Escape(communityId), Row(id), cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<Meeting>(row.Value!.Json) : null;
    }

    /// <summary>Changes a meeting with the ETag; <paramref name="change"/> returns null to leave it as it is.</summary>
    public async Task<Meeting?> UpdateAsync(string communityId, string id, Func<Meeting, Meeting?> change, CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<JsonEntity>(TableKey.Escape(communityId), Row(id),
            current => current is null
                ? null
                : change(RecordJson.Read<Meeting>(current.Json)) is { } next ? new JsonEntity { Json = RecordJson.Write(next) } : null,
            cancellationToken);
        return saved is null ? null : RecordJson.Read<Meeting>(saved.Json);
    }

    public async Task<IReadOnlyList<Meeting>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {"m|"} and RowKey lt {"m|~"}");
        var list = new List<Meeting>();
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(RecordJson.Read<Meeting>(row.Json));
        }

        return list;
    }

    private static string Row(string id) => $"m|{TableKey.Escape(id)}";
}
