using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Storage.Meetings;

/// <summary>The community's meetings, one row each (RowKey "m|{id}") in the community's partition.</summary>
public sealed class MeetingStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Meetings];

    /// <summary>Adds a meeting; false when one with the same id exists (the same form sent twice).</summary>
    public Task<bool> AddAsync(string communityId, Meeting meeting, CancellationToken cancellationToken) =>
        Table.TryInsertRecordAsync(communityId, Row(meeting.Id), meeting, cancellationToken);

    public Task<Meeting?> GetAsync(string communityId, string id, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<Meeting>(communityId, Row(id), cancellationToken);

    /// <summary>Changes a meeting with the ETag; <paramref name="change"/> returns null to leave it as it is.</summary>
    public Task<Meeting?> UpdateAsync(string communityId, string id, Func<Meeting, Meeting?> change, CancellationToken cancellationToken) =>
        Table.UpdateRecordAsync(communityId, Row(id), change, cancellationToken);

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
