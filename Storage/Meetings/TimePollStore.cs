using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Storage.Meetings;

/// <summary>
/// Time polls beside the meetings in the community's partition: the poll "p|{id}", and one row per person who
/// answered "p|{id}|r|{person}", so that answers given at the same moment are all kept (no row is shared).
/// </summary>
public sealed class TimePollStore : RecordStore<TimePoll, string>
{
    // This instance's readings of polls for answers: who is invited and the times never change once a poll is sent.
    private static readonly TimeSpan KeptFor = TimeSpan.FromSeconds(10);
    private const int KeptPolls = 1024;

    private readonly TimeProvider _time;
    private readonly KeptReadings<(string CommunityId, string PollId), TimePoll> _kept;
    private readonly NextReading<(string CommunityId, string PollId), (TimePoll? Poll, IReadOnlyList<PollResponse> Responses)> _reading;

    public TimePollStore(StorageTables tables, TimeProvider time)
        : base(tables, TableNames.Meetings)
    {
        _time = time;
        _kept = new(time, KeptFor, KeptPolls);
        _reading = new(ReadPollAndResponsesAsync);
    }

    /// <summary>
    /// The poll as this instance read it in the last 10 s, or read now: for what never changes once it is sent (who is
    /// invited, the times). Whether it is still open is for a reading that follows the answer.
    /// </summary>
    public async Task<TimePoll?> RecentAsync(string communityId, string pollId, CancellationToken cancellationToken)
    {
        var key = (communityId, pollId);
        if (_kept.TryGet(key, out var kept))
        {
            return kept;
        }

        var readAt = _time.GetUtcNow();
        if (await GetAsync(communityId, pollId, cancellationToken) is not { } read)
        {
            return null;
        }

        _kept.Keep(key, read, readAt);
        return read;
    }

    /// <summary>Marks the poll booked on <paramref name="start"/> if it is still open (one writer wins: the ETag); null when it was not.</summary>
    public async Task<TimePoll?> BookAsync(string communityId, string pollId, DateTimeOffset start, CancellationToken cancellationToken)
    {
        TimePoll? booked = null;
        await UpdateAsync(communityId, pollId, p => booked = p.IsOpen ? p with { BookedStart = start } : null, cancellationToken);
        if (booked is not null)
        {
            _kept.Keep((communityId, pollId), booked, _time.GetUtcNow());
        }

        return booked;
    }

    /// <summary>The person's answers, replacing their earlier ones.</summary>
    public Task AnswerAsync(string communityId, string pollId, PollResponse response, CancellationToken cancellationToken) =>
        Table.SaveRecordAsync(communityId, $"{Responses(pollId)}{TableKey.Escape(response.PersonId)}", response, cancellationToken);

    /// <summary>Takes a person's answers back (an answer kept for someone no longer invited).</summary>
    public async Task WithdrawAsync(string communityId, string pollId, string personId, CancellationToken cancellationToken) =>
        await Table.DeleteEntityAsync(TableKey.Escape(communityId), $"{Responses(pollId)}{TableKey.Escape(personId)}", ETag.All, cancellationToken);

    public async Task<IReadOnlyList<PollResponse>> ResponsesAsync(string communityId, string pollId, CancellationToken cancellationToken) =>
        await Table.ListRecordsAsync<PollResponse>(communityId, Responses(pollId), cancellationToken);

    /// <summary>
    /// The poll and every answer to it in one query; no poll when there is none. The reading begins after the call, so
    /// it holds what this instance wrote before; answers given at the same moment share one.
    /// </summary>
    public Task<(TimePoll? Poll, IReadOnlyList<PollResponse> Responses)> PollAndResponsesAsync(string communityId, string pollId,
        CancellationToken cancellationToken) =>
        _reading.ReadAsync((communityId, pollId), cancellationToken);

    private async Task<(TimePoll? Poll, IReadOnlyList<PollResponse> Responses)> ReadPollAndResponsesAsync((string CommunityId, string PollId) key,
        CancellationToken cancellationToken)
    {
        var (communityId, pollId) = key;
        var readAt = _time.GetUtcNow();
        var poll = RowKey(pollId);
        var responses = Responses(pollId);
        // One range from the poll's row to its last answer's, so that the service reads a range, not the partition; a
        // poll whose id starts like this one's (none, as form keys are all as long) would lie in it and is passed over.
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TableKey.Escape(communityId)} and RowKey ge {poll} and RowKey lt {responses + "~"}");
        TimePoll? read = null;
        var answers = new List<PollResponse>();
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == poll)
            {
                read = RecordJson.Read<TimePoll>(row.Json);
            }
            else if (row.RowKey.StartsWith(responses, StringComparison.Ordinal))
            {
                answers.Add(RecordJson.Read<PollResponse>(row.Json));
            }
        }

        if (read is not null)
        {
            _kept.Keep(key, read, readAt);
        }

        return (read, answers);
    }

    protected override string IdOf(TimePoll poll) => poll.Id;

    protected override string RowKey(string id) => $"p|{TableKey.Escape(id)}";

    private string Responses(string pollId) => $"{RowKey(pollId)}|r|";
}
