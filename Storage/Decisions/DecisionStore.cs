using System.Runtime.CompilerServices;
using CoordinatorBot.Domain.Decisions;
using Microsoft.Extensions.Logging;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// Decision records with their votes and history, and their numbers. Every query is bound to one community's
/// partition; a decision's rows are read by one query (or, for a vote, taken from <see cref="DecisionCache"/> after one
/// point read of the record) and written by one transaction.
/// </summary>
public sealed class DecisionStore(StorageTables tables, DecisionCache cache, ILogger<DecisionStore> logger)
{
    private readonly DecisionNumbering _numbering = new(tables, logger);

    private TableClient Decisions => tables[TableNames.Decisions];

    /// <summary>
    /// The next number of the year, for <see cref="AddAsync"/>: concurrent proposals on this instance get different
    /// numbers. A decision another instance stored under it first makes <see cref="AddAsync"/> refuse it (409), and the
    /// next number taken is past it; one not used goes back with <see cref="GiveBackNumber"/>.
    /// </summary>
    public Task<DecisionNumber> NextNumberAsync(string communityId, int year, CancellationToken cancellationToken) =>
        _numbering.NextAsync(communityId, year, cancellationToken);

    /// <summary>A number taken and not used (the proposal failed before its decision was added): the next proposal gets it.</summary>
    public void GiveBackNumber(string communityId, DecisionNumber number) => _numbering.GiveBack(communityId, number);

    /// <summary>
    /// Adds a new decision: one row. Its first history entry, the proposal, is the record itself (who and when);
    /// decisions stored before this release also have it as a history row of its own, read once.
    /// </summary>
    public async Task<StoredDecision> AddAsync(string communityId, Decision decision, CancellationToken cancellationToken)
    {
        // The table client sends an insert again when its answer is late: the row it meets may be this one.
        if (await Decisions.InsertOwnAsync(DecisionRow(TableKey.Escape(communityId), communityId, decision), row => row.Json, cancellationToken)
            is not { } etag)
        {
            _numbering.PassOver(communityId, decision.Number);
            throw new DecisionNumberTakenException(decision.Number);
        }

        // The insert made the number this decision's; the counter, written after, only says where numbering starts.
        _numbering.Record(communityId, decision.Number);
        var stored = new StoredDecision(decision, [], [decision.ProposalEntry()], etag);
        cache.Put(communityId, stored);
        return stored;
    }

    /// <summary>The decision record alone (one point read).</summary>
    public async Task<Decision?> GetAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken)
    {
        var row = await Decisions.GetEntityIfExistsAsync<DecisionRowEntity>(TableKey.Escape(communityId), DecisionKeys.Row(number),
            cancellationToken: cancellationToken);
        return row.HasValue ? RecordJson.Read<Decision>(row.Value!.Json) : null;
    }

    /// <summary>The decision with its votes, and with <paramref name="withHistory"/> its history, in one query.</summary>
    public async Task<StoredDecision?> LoadAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken,
        bool withHistory = false)
    {
        Decision? decision = null;
        var etag = default(ETag);
        var votes = new Dictionary<string, VoteRow>(StringComparer.Ordinal);
        var history = new List<AuditEntry>();
        // A vote reads only what it needs: the record and each current vote, not the earlier votes kept beside them.
        IEnumerable<string>? select = withHistory ? null :
            [nameof(DecisionRowEntity.Kind), nameof(DecisionRowEntity.Json), VoteRow.EarlierCount, VoteRow.ActivitiesProperty, StoreLayout.Property];
        await foreach (var row in Decisions.QueryAsync<TableEntity>(DecisionKeys.Under(TableKey.Escape(communityId), number, withHistory),
                           select: select, cancellationToken: cancellationToken))
        {
            StoreLayout.EnsureKnown(row);
            var json = row.GetString(nameof(DecisionRowEntity.Json));
            switch (row.GetString(nameof(DecisionRowEntity.Kind)))
            {
                case DecisionRowEntity.DecisionKind:
                    decision = RecordJson.Read<Decision>(json);
                    etag = row.ETag;
                    break;
                case DecisionRowEntity.VoteKind:
                    var vote = RecordJson.Read<Vote>(json);
                    var earlier = row.GetInt32(VoteRow.EarlierCount) ?? 0;
                    votes[vote.VoterId] = new VoteRow(vote, earlier, VoteRow.ReadActivities(row.GetString(VoteRow.ActivitiesProperty)), row.ETag);
                    if (withHistory)
                    {
                        history.AddRange(VoteHistory(number, row, vote, earlier));
                    }

                    break;
                case DecisionRowEntity.AuditKind:
                    // Rows written before the vote rows kept their votes also hold votes; those come from the vote rows now.
                    if (RecordJson.Read<AuditEntry>(json) is { Action: not (AuditAction.Voted or AuditAction.VoteChanged) } entry)
                    {
                        history.Add(entry);
                    }

                    break;
            }
        }

        if (decision is null)
        {
            cache.Forget(communityId, number);
            return null;
        }

        if (withHistory && !history.Exists(h => h.Action == AuditAction.Proposed))
        {
            history.Add(decision.ProposalEntry());
        }

        var stored = new StoredDecision(decision, [.. votes.Values.Select(v => v.Current)], [.. history.OrderBy(h => h.At)], etag) { VoteRows = votes };
        cache.Put(communityId, stored);
        return stored;
    }

    /// <summary>
    /// The decision with its votes for a vote: this instance's reading of it (<see cref="DecisionCache"/>) when one
    /// small point read shows the record unchanged since, else read in full (once for all who ask at the same moment).
    /// </summary>
    public async Task<StoredDecision?> LoadForVoteAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken)
    {
        if (cache.Get(communityId, number) is { } cached)
        {
            var record = await Decisions.GetEntityIfExistsAsync<TableEntity>(TableKey.Escape(communityId), DecisionKeys.Row(number),
                [nameof(DecisionRowEntity.Kind)], cancellationToken);
            if (record.HasValue && record.Value!.ETag == cached.ETag)
            {
                return cached;
            }
        }

        // Not the caller's token: the reading is shared, and one caller giving up must not fail the others'.
        return await cache.ReadOnceAsync(communityId, number, () => LoadAsync(communityId, number, CancellationToken.None), cancellationToken);
    }

    /// <summary>
    /// Keeps the key of a press that repeated the voter's vote (so it changed nothing else) on their row, written over
    /// the row as <paramref name="read"/> holds it: a redelivery of that press, even after a later vote, is then known.
    /// False when the row changed meanwhile (read again).
    /// </summary>
    public async Task<bool> RememberPressAsync(string communityId, StoredDecision read, string voterId, string castBy,
        CancellationToken cancellationToken)
    {
        if (!read.VoteRows.TryGetValue(voterId, out var row))
        {
            return false;
        }

        var activities = VoteRow.WriteActivities(row.Activities, castBy);
        try
        {
            var response = await Decisions.UpdateEntityAsync(StoreLayout.Stamp(new TableEntity(TableKey.Escape(communityId), DecisionKeys.Vote(read.Decision.Number, voterId))
            {
                [VoteRow.ActivitiesProperty] = activities,
            }), row.ETag, TableUpdateMode.Merge, cancellationToken);
            cache.Apply(communityId, read.Decision.Number, read.ETag,
                row with { Activities = VoteRow.ReadActivities(activities), ETag = response.Headers.ETag ?? ETag.All });
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes a turn's change. A changed record is written only if nobody changed it since <paramref name="read"/> was
    /// read, and a vote only over the voter's row as it was read: false then, and nothing of the change is saved (read
    /// again and re-apply). A vote alone is one write to the voter's own row; with more, one transaction.
    /// </summary>
    public async Task<bool> SaveAsync(string communityId, StoredDecision read, DecisionChange change, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        var number = read.Decision.Number;
        List<TableTransactionAction> actions = [];
        if (change.Decision is { } decision)
        {
            actions.Add(new(TableTransactionActionType.UpdateReplace, DecisionRow(partition, communityId, decision), read.ETag));
        }

        if (change.Vote is { } vote)
        {
            var rowKey = DecisionKeys.Vote(number, vote.VoterId);
            var known = read.VoteRows.TryGetValue(vote.VoterId, out var row);
            var entity = StoreLayout.Stamp(new TableEntity(partition, rowKey) { [nameof(DecisionRowEntity.Json)] = RecordJson.Write(vote) });
            if (known)
            {
                // The vote it replaces moves to a property of its own, added by the merge; nothing else of the row is sent.
                entity[VoteRow.EarlierCount] = row!.EarlierAfterChange;
                entity[VoteRow.EarlierProperty(row.ReplacedSlot)] = RecordJson.Write(row.Current);
            }
            else
            {
                entity[nameof(DecisionRowEntity.Kind)] = DecisionRowEntity.VoteKind;
            }

            if (change.CastBy is { } castBy)
            {
                entity[VoteRow.ActivitiesProperty] = VoteRow.WriteActivities(row?.Activities ?? [], castBy);
            }

            actions.Add(known
                ? new(TableTransactionActionType.UpdateMerge, entity, row!.ETag)
                : new(TableTransactionActionType.Add, entity));
        }

        if (change.Replaces is { } replaced && read.VoteRows.TryGetValue(replaced, out var former))
        {
            actions.Add(new(TableTransactionActionType.Delete, new TableEntity(partition, DecisionKeys.Vote(number, replaced)), former.ETag));
        }

        actions.AddRange(AuditActions(partition, change.History));
        try
        {
            switch (actions)
            {
                case []:
                    return true;
                case [{ ActionType: TableTransactionActionType.Add } only]:
                    Written(communityId, read, change, await Decisions.AddEntityAsync(only.Entity, cancellationToken));
                    return true;
                case [{ ActionType: TableTransactionActionType.UpdateMerge } only]:
                    Written(communityId, read, change, await Decisions.UpdateEntityAsync(only.Entity, only.ETag, TableUpdateMode.Merge, cancellationToken));
                    return true;
                default:
                    await Decisions.SubmitTransactionAsync(actions, cancellationToken);
                    cache.Forget(communityId, number);
                    return true;
            }
        }
        catch (RequestFailedException e) when (e.Status is 404 or 409 or 412)
        {
            // Someone else wrote the record or this voter's row meanwhile, or removed a row that was read (an erasure
            // moves a person's vote to their pseudonym); a transaction fails as a whole.
            return false;
        }
    }

    /// <summary>A vote written alone: the cached reading of the decision takes it, with the row's new ETag.</summary>
    private void Written(string communityId, StoredDecision read, DecisionChange change, Response response)
    {
        var vote = change.Vote!;
        var before = read.VoteRows.GetValueOrDefault(vote.VoterId);
        var earlier = before?.EarlierAfterChange ?? 0;
        var activities = change.CastBy is { } castBy
            ? VoteRow.ReadActivities(VoteRow.WriteActivities(before?.Activities ?? [], castBy))
            : before?.Activities ?? [];
        cache.Apply(communityId, read.Decision.Number, read.ETag, new VoteRow(vote, earlier, activities, response.Headers.ETag ?? ETag.All));
    }

    /// <summary>Changes a decision record with the ETag it was read with; <paramref name="change"/> returns null to leave it.</summary>
    public async Task<Decision?> UpdateAsync(string communityId, DecisionNumber number, Func<Decision, Decision?> change,
        CancellationToken cancellationToken)
    {
        var saved = await Decisions.ReadModifyWriteAsync<DecisionRowEntity>(TableKey.Escape(communityId), DecisionKeys.Row(number),
            current => current is null ? null
                : change(RecordJson.Read<Decision>(current.Json)) is { } next ? DecisionRow(current.PartitionKey, communityId, next) : null,
            cancellationToken);
        cache.Forget(communityId, number);
        return saved is null ? null : RecordJson.Read<Decision>(saved.Json);
    }

    /// <summary>Appends history entries of one decision (used where no other row changes with them).</summary>
    public async Task AppendAuditAsync(string communityId, CancellationToken cancellationToken, params IReadOnlyList<AuditEntry> history)
    {
        if (history.Count > 0)
        {
            await Decisions.SubmitTransactionAsync(AuditActions(TableKey.Escape(communityId), history), cancellationToken);
        }
    }

    /// <summary>All the community's decision records, newest first.</summary>
    public async Task<IReadOnlyList<Decision>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(communityId)} and Kind eq {DecisionRowEntity.DecisionKind}");
        return await Decisions.QueryAsync<DecisionRowEntity>(filter, cancellationToken: cancellationToken)
            .Select(row => RecordJson.Read<Decision>(row.Json)).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The community's open decisions with who has voted on each, newest first: one query for the open records, and
    /// (when there are any) one for the vote rows in the range of row keys they span — however many there are.
    /// </summary>
    public async Task<IReadOnlyList<OpenDecision>> OpenAsync(string communityId, CancellationToken cancellationToken)
    {
        var partition = TableKey.Escape(communityId);
        var open = await Decisions.QueryAsync<DecisionRowEntity>(OpenRecords(partition), cancellationToken: cancellationToken)
            .Select(row => (row.RowKey, Decision: RecordJson.Read<Decision>(row.Json))).ToListAsync(cancellationToken);

        if (open.Count == 0)
        {
            return [];
        }

        // Newest first: the first open record's row key is the lowest, the last one's votes end before its "|w" rows.
        var voters = open.ToDictionary(o => o.RowKey, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        var votes = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {open[0].RowKey} and RowKey lt {open[^1].RowKey + "|w"} and Kind eq {DecisionRowEntity.VoteKind}");
        await foreach (var row in Decisions.QueryAsync<TableEntity>(votes, select: [nameof(TableEntity.RowKey), nameof(DecisionRowEntity.Json)], cancellationToken: cancellationToken))
        {
            var cut = row.RowKey.IndexOf("|v|", StringComparison.Ordinal);
            if (cut > 0 && voters.TryGetValue(row.RowKey[..cut], out var of))
            {
                of.Add(RecordJson.Read<Vote>(row.GetString(nameof(DecisionRowEntity.Json))).VoterId);
            }
        }

        return [.. open.Select(o => new OpenDecision(o.Decision, voters[o.RowKey]))];
    }

    /// <summary>
    /// The community's open decisions whose deadline is after <paramref name="after"/> and at the latest
    /// <paramref name="until"/> (for the reminder the day before): the store picks them, so a community's whole record
    /// is not read to find the few.
    /// </summary>
    public async Task<IReadOnlyList<Decision>> OpenWithDeadlineAsync(string communityId, DateTimeOffset after, DateTimeOffset until,
        CancellationToken cancellationToken)
    {
        var filter = $"{OpenRecords(TableKey.Escape(communityId))} and {TableClient.CreateQueryFilter($"Deadline gt {after} and Deadline le {until}")}";
        return await Decisions.QueryAsync<DecisionRowEntity>(filter, cancellationToken: cancellationToken)
            .Select(row => RecordJson.Read<Decision>(row.Json)).ToListAsync(cancellationToken);
    }

    /// <summary>Open decisions whose deadline has passed, in every community (for the deadline watcher).</summary>
    public async IAsyncEnumerable<(string CommunityId, Decision Decision)> OpenPastDeadlineAsync(DateTimeOffset now,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"Kind eq {DecisionRowEntity.DecisionKind} and Status eq {nameof(DecisionStatus.Proposed)} and Deadline le {now}");
        await foreach (var row in Decisions.QueryAsync<DecisionRowEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return (row.CommunityId ?? string.Empty, RecordJson.Read<Decision>(row.Json));
        }
    }

    public async Task<IReadOnlyList<Vote>> VotesAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken) =>
        (await LoadAsync(communityId, number, cancellationToken))?.Votes ?? [];

    /// <summary>A decision's history, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken) =>
        (await LoadAsync(communityId, number, cancellationToken, withHistory: true))?.History ?? [];

    /// <summary>A vote row's votes as history: the first a vote, each later one a change.</summary>
    private static IEnumerable<AuditEntry> VoteHistory(DecisionNumber number, TableEntity row, Vote current, int earlier) =>
        Enumerable.Range(0, earlier)
            .Select(i => row.GetString(VoteRow.EarlierProperty(i)))
            .OfType<string>()
            .Select(RecordJson.Read<Vote>)
            .Append(current)
            .Select((cast, index) => new AuditEntry(number, index == 0 ? AuditAction.Voted : AuditAction.VoteChanged, cast.VoterName, cast.CastAt,
                cast.Choice.ToString()) { Comment = cast.Comment });

    /// <summary>The open decisions' records in a community's partition.</summary>
    private static string OpenRecords(string partition) => TableClient.CreateQueryFilter(
        $"PartitionKey eq {partition} and Kind eq {DecisionRowEntity.DecisionKind} and Status eq {nameof(DecisionStatus.Proposed)}");

    private static DecisionRowEntity DecisionRow(string partition, string communityId, Decision decision) => new()
    {
        PartitionKey = partition,
        RowKey = DecisionKeys.Row(decision.Number),
        Kind = DecisionRowEntity.DecisionKind,
        Json = RecordJson.Write(decision),
        CommunityId = communityId,
        Status = decision.Status.ToString(),
        Deadline = decision.Draft.Deadline,
    };

    private static IEnumerable<TableTransactionAction> AuditActions(string partition, IReadOnlyList<AuditEntry> history) =>
        history.Select((entry, index) => new TableTransactionAction(TableTransactionActionType.Add, new DecisionRowEntity
        {
            PartitionKey = partition, RowKey = DecisionKeys.Audit(entry.Decision, entry.At, index), Kind = DecisionRowEntity.AuditKind,
            Json = RecordJson.Write(entry),
        }));
}
