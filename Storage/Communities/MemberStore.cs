using Azure.Data.Tables;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Storage.Communities;

/// <summary>Who holds which role in a community. Every query is bound to one community's partition.</summary>
public sealed class MemberStore(StorageTables tables)
{
    private TableClient Table => tables[TableNames.Members];

    public async Task<IReadOnlyList<Member>> ListAsync(string communityId, CancellationToken cancellationToken)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(communityId)}");
        var members = new List<Member>();
        await foreach (var row in Table.QueryAsync<MemberEntity>(filter, cancellationToken: cancellationToken))
        {
            members.Add(row.ToMember());
        }

        return members;
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
}
