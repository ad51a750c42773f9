using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Storage.Layouts.Steps;

/// <summary>
/// Layout 4 to 5: a community row says whether it is a team or a shared or private channel (ChannelKind). Every
/// community of the releases before was a team; the property is added by a merge, and rows that have it are passed over.
/// </summary>
internal sealed class CommunitiesSayTheirChannel : ILayoutStep
{
    public async Task RunAsync(UpgradeContext context, CancellationToken cancellationToken)
    {
        if (await context.ExistingAsync(TableNames.Communities, cancellationToken) is not { } table)
        {
            return;
        }

        await foreach (var row in table.QueryAsync<TableEntity>($"RowKey eq '{CommunityEntity.RowKeyValue}'",
                           select: ["PartitionKey", "RowKey", nameof(CommunityEntity.ChannelKind)], cancellationToken: cancellationToken))
        {
            if (row.ContainsKey(nameof(CommunityEntity.ChannelKind)))
            {
                continue;
            }

            await table.UpdateEntityAsync(new TableEntity(row.PartitionKey, row.RowKey)
            {
                [nameof(CommunityEntity.ChannelKind)] = nameof(Domain.Communities.ChannelKind.Team),
            }, ETag.All, TableUpdateMode.Merge, cancellationToken);
            await context.KeepLeaseAsync(cancellationToken);
        }
    }
}
