using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Storage.Meetings;

/// <summary>
/// Time polls beside the meetings in the community's partition: the poll "p|{id}", and one row per person who
/// answered "p|{id}|r|{person}", so that answers given at the same moment are all kept (no row is shared).
/// </summary>
public sealed class TimePollStore(StorageTables tables) : RecordStore<TimePoll, string>(tables, TableNames.Meetings)
{
    /// <summary>The person's answers, replacing their earlier ones.</summary>
    public Task AnswerAsync(string communityId, string pollId, PollResponse response, CancellationToken cancellationToken) =>
        Table.SaveRecordAsync(communityId, $"{Responses(pollId)}{TableKey.Escape(response.PersonId)}", response, cancellationToken);

    public async Task<IReadOnlyList<PollResponse>> ResponsesAsync(string communityId, string pollId, CancellationToken cancellationToken) =>
        await Table.ListRecordsAsync<PollResponse>(communityId, Responses(pollId), cancellationToken);

    protected override string IdOf(TimePoll poll) => poll.Id;

    protected override string RowKey(string id) => $"p|{TableKey.Escape(id)}";

    private string Responses(string pollId) => $"{RowKey(pollId)}|r|";
}
