using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Storage.Meetings;

/// <summary>
/// Time polls beside the meetings in the community's partition: the poll "p|{id}", and one row per person who
/// answered "p|{id}|r|{person}", so that answers given at the same moment are all kept (no row is shared).
/// </summary>
public sealed class TimePollStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Meetings];

    public Task<bool> AddAsync(string communityId, TimePoll poll, CancellationToken cancellationToken) =>
        Table.TryInsertRecordAsync(communityId, Row(poll.Id), poll, cancellationToken);

    public Task<TimePoll?> GetAsync(string communityId, string id, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<TimePoll>(communityId, Row(id), cancellationToken);

    /// <summary>Changes a poll with the ETag; <paramref name="change"/> returns null to leave it as it is.</summary>
    public Task<TimePoll?> UpdateAsync(string communityId, string id, Func<TimePoll, TimePoll?> change, CancellationToken cancellationToken) =>
        Table.UpdateRecordAsync(communityId, Row(id), change, cancellationToken);

    /// <summary>The person's answers, replacing their earlier ones.</summary>
    public Task AnswerAsync(string communityId, string pollId, PollResponse response, CancellationToken cancellationToken) =>
        Table.UpsertEntityAsync(new JsonEntity
        {
            PartitionKey = TableKey.Escape(communityId), RowKey = $"{Row(pollId)}|r|{TableKey.Escape(response.PersonId)}", Json = RecordJson.Write(response),
        }, TableUpdateMode.Replace, cancellationToken);

    public async Task<IReadOnlyList<PollResponse>> ResponsesAsync(string communityId, string pollId, CancellationToken cancellationToken)
    {
        var prefix = $"{Row(pollId)}|r|";
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(communityId)} and RowKey ge {prefix} and RowKey lt {prefix + "~"}");
        var list = new List<PollResponse>();
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(RecordJson.Read<PollResponse>(row.Json));
        }

        return list;
    }

    private static string Row(string id) => $"p|{TableKey.Escape(id)}";
}
