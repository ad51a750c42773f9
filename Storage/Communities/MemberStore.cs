namespace CoordinatorBot.Storage.Communities;

/// <summary>
/// Who holds which role in a community, and the history of the roles (see <see cref="RoleHistoryEntity"/>). Every
/// query is bound to one community's partition.
/// </summary>
public sealed class MemberStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Members];

    public async Task<IReadOnlyList<Member>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TableKey.Escape(communityId)} and (RowKey lt {RoleHistoryEntity.Prefix} or RowKey ge {RoleHistoryEntity.PrefixEnd})");
        return await Table.QueryAsync<MemberEntity>(filter, cancellationToken: cancellationToken).Select(row => row.ToMember())
            .ToListAsync(cancellationToken);
    }

    /// <summary>The communities in which the person holds a role (a scan across communities, for personal chats).</summary>
    public async Task<IReadOnlyList<string>> CommunitiesOfAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {TableKey.Escape(aadObjectId)}");
        var communities = new List<string>();
        await foreach (var row in Table.QueryAsync<MemberEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.ToMember().Roles.Count > 0)
            {
                communities.Add(TableKey.Unescape(row.PartitionKey));
            }
        }

        return communities;
    }

    /// <summary>The person's row in every community that has one (a scan across communities, as <see cref="CommunitiesOfAsync"/>).</summary>
    public async Task<IReadOnlyList<(string CommunityId, Member Member)>> MembershipsOfAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"RowKey eq {TableKey.Escape(aadObjectId)}");
        return await Table.QueryAsync<MemberEntity>(filter, cancellationToken: cancellationToken)
            .Select(row => (TableKey.Unescape(row.PartitionKey), row.ToMember())).ToListAsync(cancellationToken);
    }

    public async Task<Member?> GetAsync(string communityId, string aadObjectId, CancellationToken cancellationToken)
    {
        var row = await Table.GetEntityIfExistsAsync<MemberEntity>(TableKey.Escape(communityId), TableKey.Escape(aadObjectId),
            cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToMember() : null;
    }

    /// <summary>Changes one person's roles; <paramref name="change"/> returns null to leave the row as it is.</summary>
    public async Task<Member?> UpdateAsync(string communityId, string aadObjectId, Func<Member?, Member?> change,
        CancellationToken cancellationToken)
    {
        var saved = await Table.ReadModifyWriteAsync<MemberEntity>(TableKey.Escape(communityId), TableKey.Escape(aadObjectId),
            current =>
            {
                var next = change(current?.ToMember());
                return next is null ? null : MemberEntity.From(next);
            },
            cancellationToken);
        return saved?.ToMember();
    }

    /// <summary>
    /// Changes one person's roles as <see cref="UpdateAsync"/> does, and records in the roles' history what was granted
    /// and ended, by <paramref name="byName"/> at <paramref name="at"/>, in the same transaction: the history never
    /// misses a change nor tells of one that did not happen.
    /// </summary>
    public Task<Member?> ChangeRolesAsync(string communityId, string aadObjectId, Func<Member?, Member?> change, string byName,
        DateTimeOffset at, CancellationToken cancellationToken) =>
        WriteWithHistoryAsync(communityId, aadObjectId, current => change(current) is { } next ? (true, next) : (false, null),
            byName, at, cancellationToken);

    /// <summary>
    /// The person has left the team (or was removed): every role ends, the member row goes, and the roles' history
    /// keeps what they held, who ended it and when. Returns the person's row as it was, or null when there was none.
    /// </summary>
    public async Task<Member?> EndMembershipAsync(string communityId, string aadObjectId, string byName, DateTimeOffset at,
        CancellationToken cancellationToken)
    {
        Member? ended = null;
        await WriteWithHistoryAsync(communityId, aadObjectId, current =>
        {
            ended = current;
            return (current is not null, null);
        }, byName, at, cancellationToken);
        return ended;
    }

    /// <summary>The community's roles' history, oldest first; only one person's when <paramref name="aadObjectId"/> is given.</summary>
    public async Task<IReadOnlyList<RoleHistoryEntry>> HistoryAsync(string communityId, string? aadObjectId,
        CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {TableKey.Escape(communityId)} and RowKey ge {RoleHistoryEntity.Prefix} and RowKey lt {RoleHistoryEntity.PrefixEnd}");
        var entries = new List<RoleHistoryEntry>();
        await foreach (var row in Table.QueryAsync<RoleHistoryEntity>(filter, cancellationToken: cancellationToken))
        {
            if (row.ToEntry() is { } entry && (aadObjectId is null || entry.AadObjectId == aadObjectId))
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    /// <summary>
    /// Read–modify–write of the member row with the ETag, as <see cref="OptimisticWrite"/> does, with the history rows
    /// added in the same entity group transaction. <paramref name="change"/> says whether to write and the new state
    /// (null: delete the row).
    /// </summary>
    private async Task<Member?> WriteWithHistoryAsync(string communityId, string aadObjectId,
        Func<Member?, (bool Write, Member? Next)> change, string byName, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var partitionKey = TableKey.Escape(communityId);
        var rowKey = TableKey.Escape(aadObjectId);
        for (var attempt = 1; ; attempt++)
        {
            var read = await Table.GetEntityIfExistsAsync<MemberEntity>(partitionKey, rowKey, cancellationToken: cancellationToken);
            var existing = read.HasValue ? read.Value : null;
            var before = existing?.ToMember();
            var (write, next) = change(before);
            if (!write || (existing is null && next is null))
            {
                return before;
            }

            var actions = new List<TableTransactionAction>();
            if (next is null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Delete, existing!, existing!.ETag));
            }
            else
            {
                var entity = MemberEntity.From(next);
                entity.PartitionKey = partitionKey;
                entity.RowKey = rowKey;
                actions.Add(existing is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, entity)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, existing.ETag));
            }

            actions.AddRange(RoleHistory.Between(before, next, byName, at)
                .Select((entry, index) => new TableTransactionAction(TableTransactionActionType.Add,
                    RoleHistoryEntity.From(partitionKey, entry, index))));
            try
            {
                await Table.SubmitTransactionAsync(actions, cancellationToken);
                return next;
            }
            catch (RequestFailedException e) when (e.Status is 412 or 409 or 404 && attempt < OptimisticWrite.MaxAttempts)
            {
                // Someone else changed or removed the row meanwhile: read it again and re-apply, with a little jitter.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20 * attempt)), cancellationToken);
            }
        }
    }
}
