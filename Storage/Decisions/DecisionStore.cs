using System.Globalization;
using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>Decision records, their numbers, votes and history. Every query is bound to one community's partition.</summary>
public sealed class DecisionStore(StorageTables tables)
{
    private TableClient Decisions => tables[TableNames.Decisions];
    private TableClient Votes => tables[TableNames.Votes];
    private TableClient Audit => tables[TableNames.DecisionAudit];
    private TableClient Counters => tables[TableNames.Counters];

    /// <summary>The next number of the year; concurrent proposals get different numbers, none skipped.</summary>
    public async Task<DecisionNumber> NextNumberAsync(string communityId, int year, CancellationToken cancellationToken)
    {
        var counter = await Counters.ReadModifyWriteAsync<CounterEntity>(TableKey.Escape(communityId),
            string.Create(CultureInfo.InvariantCulture, $"decisions-{year}"),
            current => new CounterEntity { Value = (current?.Value ?? 0) + 1 }, cancellationToken);
        return new DecisionNumber(year, counter!.Value);
    }

    public async Task AddAsync(string communityId, Decision decision, CancellationToken cancellationToken)
    {
        var entity = DecisionEntity.From(communityId, decision);
        entity.PartitionKey = TableKey.Escape(communityId);
        entity.RowKey = DecisionKeys.Row(decision.Number);
        await Decisions.AddEntityAsync(entity, cancellationToken);
    }

    public async Task<Decision?> GetAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken)
    {
        var row = await Decisions.GetEntityIfExistsAsync<DecisionEntity>(TableKey.Escape(communityId), DecisionKeys.Row(number),
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToDecision() : null;
    }

    /// <summary>Changes a decision with the ETag it was read with; <paramref name="change"/> returns null to leave it.</summary>
    public async Task<Decision?> UpdateAsync(string communityId, DecisionNumber number, Func<Decision, Decision?> change,
        CancellationToken cancellationToken)
    {
        var saved = await Decisions.ReadModifyWriteAsync<DecisionEntity>(TableKey.Escape(communityId), DecisionKeys.Row(number),
            current => current is null ? null : change(current.ToDecision()) is { } next ? DecisionEntity.From(communityId, next) : null,
            cancellationToken);
        return saved?.ToDecision();
    }

    /// <summary>All the community's decisions, newest first.</summary>
    public async Task<IReadOnlyList<Decision>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(communityId)}");
        var list = new List<Decision>();
        await foreach (var row in Decisions.QueryAsync<DecisionEntity>(filter, cancellationToken: cancellationToken))
        {
            list.Add(row.ToDecision());
        }

        return list;
    }

    /// <summary>Open decisions whose deadline has passed, in every community (for the deadline watcher).</summary>
    public async IAsyncEnumerable<(string CommunityId, Decision Decision)> OpenPastDeadlineAsync(DateTimeOffset now,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"Status eq {nameof(DecisionStatus.Proposed)} and Deadline le {now}");
        await foreach (var row in Decisions.QueryAsync<DecisionEntity>(filter, cancellationToken: cancellationToken))
        {
            yield return (row.CommunityId, row.ToDecision());
        }
    }

    /// <summary>Records a person's vote, replacing their earlier one; returns the earlier one, if any.</summary>
    public async Task<Vote?> CastAsync(string communityId, DecisionNumber number, Vote vote, CancellationToken cancellationToken)
    {
        Vote? previous = null;
        await Votes.ReadModifyWriteAsync<VoteEntity>(TableKey.Escape(communityId),
            DecisionKeys.Prefix(number) + TableKey.Escape(vote.VoterId),
            current =>
            {
                previous = current?.ToVote();
                return VoteEntity.From(vote);
            },
            cancellationToken);
        return previous;
    }

    public async Task<IReadOnlyList<Vote>> VotesAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken)
    {
        var votes = new List<Vote>();
        await foreach (var row in Votes.QueryAsync<VoteEntity>(DecisionKeys.Under(TableKey.Escape(communityId), number),
                           cancellationToken: cancellationToken))
        {
            votes.Add(row.ToVote());
        }

        return votes;
    }

    public async Task AppendAuditAsync(string communityId, AuditEntry entry, CancellationToken cancellationToken)
    {
        var row = new AuditEntity
        {
            PartitionKey = TableKey.Escape(communityId),
            RowKey = string.Create(CultureInfo.InvariantCulture,
                $"{DecisionKeys.Prefix(entry.Decision)}{entry.At.UtcTicks:D19}|{Guid.NewGuid():N}"),
            Year = entry.Decision.Year,
            Sequence = entry.Decision.Sequence,
            Action = entry.Action.ToString(),
            ActorName = entry.ActorName,
            At = entry.At,
            Detail = entry.Detail,
        };
        await Audit.AddEntityAsync(row, cancellationToken);
    }

    /// <summary>A decision's history, oldest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken)
    {
        var entries = new List<AuditEntry>();
        await foreach (var row in Audit.QueryAsync<AuditEntity>(DecisionKeys.Under(TableKey.Escape(communityId), number),
                           cancellationToken: cancellationToken))
        {
            entries.Add(row.ToEntry());
        }

        return entries;
    }
}
