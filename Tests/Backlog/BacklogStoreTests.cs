namespace CoordinatorBot.Tests.Backlog;

/// <summary>The backlog's rows in Azurite: many municipalities supporting at once, merging, numbers and item changes.</summary>
[Trait("Category", "Integration")]
public sealed class BacklogStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private BacklogStore Store => new(storage.Tables, new BacklogCache(TimeProvider.System));

    private static Wish Wish(int number, string municipality) => new()
    {
        Number = number, Title = $"Ønske {number}", Need = "Som … ønsker jeg … så …", Municipality = municipality,
        RaisedById = "aad-1", RaisedByName = "Ida", RaisedAt = Now,
    };

    [Fact]
    public async Task Sixty_municipalities_supporting_one_wish_at_once_are_each_counted_once()
    {
        var community = $"c-{Guid.NewGuid():N}";
        await Store.AddWishAsync(community, Wish(1, "Aarhus"), default);
        var municipalities = Municipalities.All.Where(m => m != "Aarhus").Take(60).ToList();

        // Each municipality twice, by two of its people, all at the same time.
        var results = await Task.WhenAll(municipalities.Concat(municipalities).Select((m, i) =>
            Store.SupportAsync(community, new WishSupport(1, m, $"aad-{i}", $"Person {i}", Now, false), default)));

        Assert.Equal(60, results.Count(r => r));
        var snapshot = await Store.LoadAsync(community, default);
        Assert.Equal(61, WishSupports.Count(snapshot.Wish(1)!, snapshot.Supports));
    }

    [Fact]
    public async Task Concurrent_numbers_are_all_different()
    {
        var community = $"c-{Guid.NewGuid():N}";

        var numbers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Store.NextNumberAsync(community, default)));

        Assert.Equal(Enumerable.Range(1, 20), numbers.Order());
    }

    [Fact]
    public async Task Merged_supports_move_to_the_kept_wish_and_leave_the_merged_one()
    {
        var community = $"c-{Guid.NewGuid():N}";
        var kept = Wish(1, "Aarhus");
        var merged = Wish(2, "Odense");
        await Store.AddWishAsync(community, kept, default);
        await Store.AddWishAsync(community, merged, default);
        foreach (var (wish, municipality) in new[] { (1, "Vejle"), (2, "Vejle"), (2, "Køge") })
        {
            await Store.SupportAsync(community, new WishSupport(wish, municipality, "aad-x", "X", Now, false), default);
        }

        var before = await Store.LoadAsync(community, default);
        await Store.MoveSupportsAsync(community, [.. before.Supports.Where(s => s.WishNumber == 2)], WishSupports.Moved(kept, merged, before.Supports), default);

        Assert.Empty(await Store.SupportsAsync(community, 2, default));
        Assert.Equal(["Køge", "Odense", "Vejle"], (await Store.SupportsAsync(community, 1, default)).Select(s => s.Municipality).Order());
    }

    [Fact]
    public async Task A_support_that_reaches_a_wish_after_its_merge_counts_for_the_kept_wish()
    {
        var community = $"c-{Guid.NewGuid():N}";
        await Store.AddWishAsync(community, Wish(1, "Aarhus"), default);
        await Store.AddWishAsync(community, Wish(2, "Odense"), default);
        await Store.AddWishAsync(community, Wish(3, "Vejle"), default);
        await Store.UpdateWishAsync(community, 2, w => w with { Status = WishStatus.Merged, MergedInto = 3 }, default);
        await Store.UpdateWishAsync(community, 3, w => w with { Status = WishStatus.Merged, MergedInto = 1 }, default);

        // Written after both merges had moved what they saw: it is kept, and counts where the merges lead.
        Assert.True(await Store.SupportAsync(community, new WishSupport(2, "Kolding", "aad-k", "K", Now, false), default));

        var snapshot = await Store.LoadAsync(community, default);
        Assert.Contains("Kolding", WishSupports.Municipalities(snapshot.Wish(1)!, snapshot.Supports));
        Assert.Single(await Store.SupportsAsync(community, 2, default));
    }

    [Fact]
    public async Task The_recent_backlog_shows_a_support_written_here_at_once_and_another_instance_s_after_its_lifetime()
    {
        var community = $"c-{Guid.NewGuid():N}";
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var here = new BacklogStore(storage.Tables, new BacklogCache(time));
        var elsewhere = Store;
        await here.AddWishAsync(community, Wish(1, "Aarhus"), default);
        Assert.Single((await here.RecentAsync(community, default)).Wishes);

        await here.SupportAsync(community, new WishSupport(1, "Vejle", "aad-v", "V", Now, false), default);
        await elsewhere.SupportAsync(community, new WishSupport(1, "Køge", "aad-k", "K", Now, false), default);

        Assert.Equal(["Aarhus", "Vejle"], Counted(await here.RecentAsync(community, default)));
        time.Advance(BacklogCache.Lifetime);
        Assert.Equal(["Aarhus", "Køge", "Vejle"], Counted(await here.RecentAsync(community, default)));

        static IReadOnlyList<string> Counted(BacklogSnapshot s) => WishSupports.Municipalities(s.Wish(1)!, s.Supports);
    }

    [Fact]
    public async Task An_item_change_keeps_every_concurrent_status_move_once()
    {
        var community = $"c-{Guid.NewGuid():N}";
        var item = new BacklogItem
        {
            Number = 7, Title = "Login", Need = "…", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-1",
            Status = ItemStatus.Prioritised,
        };
        await Store.AddItemAsync(community, item, default);

        // Two presses of "Flyt til I gang" at once: one moves, the other finds it moved.
        var moved = await Task.WhenAll(Enumerable.Range(0, 2).Select(i => Store.UpdateItemAsync(community, 7, current =>
        {
            var (outcome, next) = ItemLifecycle.Move(current, ItemStatus.InProgress, new HashSet<int>(), $"Lis {i}", Now);
            return outcome == MoveOutcome.Moved ? next : null;
        }, default)));

        Assert.All(moved, m => Assert.Equal(ItemStatus.InProgress, m!.Status));
        var stored = await Store.GetItemAsync(community, 7, default);
        Assert.Single(stored!.History, h => h.Status == ItemStatus.InProgress);
        Assert.Null(await Store.UpdateItemAsync(community, 8, i => i, default));
    }

    [Fact]
    public async Task Of_two_prioritisations_on_the_same_board_version_only_the_first_is_written()
    {
        var community = $"board-{Guid.NewGuid():N}";
        foreach (var number in new[] { 1, 2 })
        {
            await Store.AddItemAsync(community, new BacklogItem
            {
                Number = number, Title = "Login", Need = "…", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-1",
            }, default);
        }

        var store = Store;
        var read = await store.BoardAndItemsAsync(community, default);
        var first = read.Items.Single(i => i.Item.Number == 1);
        var second = read.Items.Single(i => i.Item.Number == 2);

        Assert.Null(read.Board);
        Assert.True(await store.SavePrioritisedAsync(community, read, ItemLifecycle.Prioritise(first.Item, "Kim", Now)!, default));
        Assert.False(await store.SavePrioritisedAsync(community, read, ItemLifecycle.Prioritise(second.Item, "Kim", Now)!, default));
        Assert.Equal(ItemStatus.New, (await store.GetItemAsync(community, 2, default))!.Status);

        // Read again, the second goes through on the new version; an item changed since its read does not.
        var next = await store.BoardAndItemsAsync(community, default);
        Assert.NotNull(next.Board);
        Assert.False(await store.SavePrioritisedAsync(community, next with { Items = [(second.Item, first.Version)] },
            ItemLifecycle.Prioritise(second.Item, "Kim", Now)!, default));
        Assert.True(await store.SavePrioritisedAsync(community, next, ItemLifecycle.Prioritise(second.Item, "Kim", Now)!, default));

        // The board as written is the instance's reading, with the versions a new read finds: a press can write on it.
        var kept = store.RecentBoard(community)!;
        var fresh = await Store.BoardAndItemsAsync(community, default);
        Assert.Equal(fresh.Board, kept.Board);
        Assert.Equal(fresh.Items.Select(i => (i.Item.Number, i.Item.Status, i.Version)), kept.Items.Select(i => (i.Item.Number, i.Item.Status, i.Version)));
    }
}
