using System.Collections.Immutable;
using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Storage.Backlog;

/// <summary>
/// Wishes (RowKey "w|{number}"), their supports (one row per municipality: "s|{number}|{municipality}", so that many
/// municipalities supporting at once are each kept once, and one municipality twice is one row), backlog items
/// ("i|{number}", with their history), the number counter ("counter") and the board's version ("board", changed by
/// every prioritisation within the mandate), in the community's partition.
/// </summary>
public sealed class BacklogStore(StorageTables tables, BacklogCache cache)
{
    private const string BoardRow = "board";
    private TableClient Table => tables[TableNames.Backlog];

    /// <summary>The community's next wish number (#1, #2, …), taken with the counter row's ETag.</summary>
    public Task<int> NextNumberAsync(string communityId, CancellationToken cancellationToken) =>
        Table.NextNumberAsync(communityId, cancellationToken);

    public Task<bool> AddWishAsync(string communityId, Wish wish, CancellationToken cancellationToken) =>
        Forgetting(communityId, Table.TryInsertRecordAsync(communityId, WishRow(wish.Number), wish, cancellationToken));

    public Task<Wish?> GetWishAsync(string communityId, int number, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<Wish>(communityId, WishRow(number), cancellationToken);

    /// <summary>Changes a wish with the ETag; <paramref name="change"/> returns null to leave it as it is; null when there is none.</summary>
    public Task<Wish?> UpdateWishAsync(string communityId, int number, Func<Wish, Wish?> change, CancellationToken cancellationToken) =>
        Forgetting(communityId, Table.UpdateRecordAsync(communityId, WishRow(number), change, cancellationToken));

    /// <summary>Records a municipality's support; false when that municipality supports the wish already.</summary>
    public async Task<bool> SupportAsync(string communityId, WishSupport support, CancellationToken cancellationToken)
    {
        var added = await Table.TryInsertRecordAsync(communityId, SupportRow(support.WishNumber, support.Municipality), support, cancellationToken);
        if (added)
        {
            cache.Add(communityId, support);
        }

        return added;
    }

    /// <summary>The supports of one wish as stored (a merge moves these).</summary>
    public async Task<IReadOnlyList<WishSupport>> SupportsAsync(string communityId, int number, CancellationToken cancellationToken) =>
        await Table.ListRecordsAsync<WishSupport>(communityId, $"s|{Number(number)}|", cancellationToken);

    /// <summary>
    /// Merging: the moved supports are added to the kept wish (each municipality once) before the merged wish's rows
    /// that were read are removed, so that a reader in between sees a support twice at worst, never none. A support
    /// given to the merged wish after that read stays, and counts for the kept wish (<see cref="LoadAsync"/>).
    /// </summary>
    public async Task MoveSupportsAsync(string communityId, IReadOnlyList<WishSupport> read, IReadOnlyList<WishSupport> moved,
        CancellationToken cancellationToken)
    {
        cache.Forget(communityId);
        foreach (var support in moved)
        {
            await SupportAsync(communityId, support, cancellationToken);
        }

        foreach (var support in read)
        {
            try
            {
                await Table.DeleteEntityAsync(TableKey.Escape(communityId), SupportRow(support.WishNumber, support.Municipality), ETag.All, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Someone merging at the same time removed it first.
            }
        }
    }

    public Task<bool> AddItemAsync(string communityId, BacklogItem item, CancellationToken cancellationToken) =>
        Forgetting(communityId, Table.TryInsertRecordAsync(communityId, ItemRow(item.Number), item, cancellationToken));

    public Task<BacklogItem?> GetItemAsync(string communityId, int number, CancellationToken cancellationToken) =>
        Table.GetRecordAsync<BacklogItem>(communityId, ItemRow(number), cancellationToken);

    /// <summary>
    /// The board's version (null before the first prioritisation) and the items with the versions they were read at,
    /// in one query: the board's row sorts before the items' ("board" &lt; "counter" &lt; "i|…"), so it is read first, as
    /// the mandate's check needs. The reading is kept for <see cref="RecentBoard"/>.
    /// </summary>
    public Task<BoardRead> BoardAndItemsAsync(string communityId, CancellationToken cancellationToken) =>
        cache.ReadBoardAsync(communityId, async () =>
        {
            ETag? board = null;
            var items = new List<(BacklogItem, ETag)>();
            var partition = TableKey.Escape(communityId);
            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {BoardRow} and RowKey lt {"i|~"}");
            await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
            {
                if (row.RowKey == BoardRow)
                {
                    board = row.ETag;
                }
                else if (row.RowKey.StartsWith("i|", StringComparison.Ordinal))
                {
                    items.Add((RecordJson.Read<BacklogItem>(row.Json), row.ETag));
                }
            }

            return new BoardRead(board, items);
        });

    /// <summary>
    /// The board as read within the last seconds on this instance (<see cref="BacklogCache"/>), or null: only for what
    /// never goes back, an item's status once past New; deciding a prioritisation reads <see cref="BoardAndItemsAsync"/>.
    /// </summary>
    public BoardRead? RecentBoard(string communityId) => cache.Board(communityId);

    /// <summary>
    /// Writes a prioritised item and a new board version in one transaction, on the versions of <paramref name="read"/>:
    /// false when the item or the board changed meanwhile (another prioritisation took budget), and nothing is written.
    /// The board as written becomes this instance's reading (<see cref="RecentBoard"/>), still as old as the one it
    /// went on from, so that the next press goes on from it without reading every item again.
    /// </summary>
    public async Task<bool> SavePrioritisedAsync(string communityId, BoardRead read, BacklogItem item, CancellationToken cancellationToken)
    {
        var index = read.Items.ToList().FindIndex(i => i.Item.Number == item.Number);
        var board = RecordRows.RecordRow(communityId, BoardRow, item.Number);
        try
        {
            var written = await Table.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.UpdateReplace, RecordRows.RecordRow(communityId, ItemRow(item.Number), item), read.Items[index].Version),
                read.Board is { } version
                    ? new(TableTransactionActionType.UpdateReplace, board, version)
                    : new(TableTransactionActionType.Add, board),
            ], cancellationToken);
            // Without the new versions nothing could be written over them: then the next press reads.
            cache.Prioritised(communityId, written.Value[0].Headers.ETag is { } itemVersion && written.Value[1].Headers.ETag is { } boardVersion
                ? new BoardRead(boardVersion, [.. read.Items.Select((i, n) => n == index ? (item, itemVersion) : i)])
                : null);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Changes an item with the ETag; <paramref name="change"/> returns null to leave it as it is; null when there is none.</summary>
    public Task<BacklogItem?> UpdateItemAsync(string communityId, int number, Func<BacklogItem, BacklogItem?> change,
        CancellationToken cancellationToken) =>
        Forgetting(communityId, Table.UpdateRecordAsync(communityId, ItemRow(number), change, cancellationToken));

    /// <summary>
    /// Every wish, support and item of the community in one query of its partition; a support that reached a wish after
    /// it was merged counts for the wish it was merged into (<see cref="WishSupports.Rehomed"/>).
    /// </summary>
    public async Task<BacklogSnapshot> LoadAsync(string communityId, CancellationToken cancellationToken)
    {
        var wishes = new List<Wish>();
        var supports = new List<WishSupport>();
        var items = new List<BacklogItem>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(communityId)}");
        await foreach (var row in Table.QueryAsync<JsonEntity>(filter, cancellationToken: cancellationToken))
        {
            switch (row.RowKey[..2])
            {
                case "w|":
                    wishes.Add(RecordJson.Read<Wish>(row.Json));
                    break;
                case "s|":
                    supports.Add(RecordJson.Read<WishSupport>(row.Json));
                    break;
                case "i|":
                    items.Add(RecordJson.Read<BacklogItem>(row.Json));
                    break;
            }
        }

        // Immutable, so that a support added to a kept reading shares the rest (BacklogSnapshot.WithSupport).
        return new BacklogSnapshot(wishes, ImmutableList.CreateRange(WishSupports.Rehomed(wishes, supports)), items);
    }

    /// <summary>
    /// The backlog as read within the last seconds on this instance (<see cref="BacklogCache"/>), for showing the wish
    /// list after a support; never for deciding anything.
    /// </summary>
    public Task<BacklogSnapshot> RecentAsync(string communityId, CancellationToken cancellationToken) =>
        cache.GetAsync(communityId, () => LoadAsync(communityId, CancellationToken.None), cancellationToken);

    /// <summary>
    /// The community's backlog items with the versions they were read at, in one query of their rows alone: the budget's
    /// checks need the items, not the wishes and their many supports.
    /// </summary>
    public async Task<IReadOnlyList<(BacklogItem Item, ETag Version)>> ItemsAsync(string communityId, CancellationToken cancellationToken) =>
        await Table.QueryAsync<JsonEntity>(RecordRows.Prefixed(communityId, "i|"), cancellationToken: cancellationToken)
            .Select(row => (RecordJson.Read<BacklogItem>(row.Json), row.ETag)).ToListAsync(cancellationToken);

    private async Task<T> Forgetting<T>(string communityId, Task<T> write)
    {
        try
        {
            return await write;
        }
        finally
        {
            cache.Forget(communityId);
        }
    }

    private static string Number(int number) => number.ToString("D6", CultureInfo.InvariantCulture);

    private static string WishRow(int number) => $"w|{Number(number)}";

    private static string ItemRow(int number) => $"i|{Number(number)}";

    private static string SupportRow(int number, string municipality) => $"s|{Number(number)}|{TableKey.Escape(municipality)}";
}
