using CoordinatorBot.Storage.Activities;

namespace CoordinatorBot.Tests.Storage;

[Trait("Category", "Integration")]
public sealed class HousekeepingTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Old_rows_go_and_rows_still_in_use_stay()
    {
        var handled = new HandledActivityStore(storage.Tables);
        var outbox = new OutboxStore(storage.Tables);
        var housekeeping = new Housekeeping(storage.Tables);
        var now = DateTimeOffset.UtcNow;
        await handled.TryClaimAsync("a:conversation", "old-activity", HandledActivityStore.NewClaim(), now, TimeSpan.FromMinutes(10), default);
        await outbox.EnqueueAsync("pending", new OutboxTarget("https://x/", "t", "28:b", "a:1", null), "{}", now, default);
        await outbox.EnqueueAsync("sent", new OutboxTarget("https://x/", "t", "28:b", "a:2", null), "{}", now, default);
        var row = (await outbox.ClaimAsync(now, TimeSpan.FromMinutes(1), 10, default)).Single(r => r.Key == "sent");
        await outbox.CompleteAsync(row, OutboxStatus.Sent, 200, null, now, null, "id", default);

        var keptWhenRecent = await housekeeping.DeleteOlderThanAsync(TableNames.HandledActivities, now.AddHours(-1), null, default);
        var removed = await housekeeping.DeleteOlderThanAsync(TableNames.HandledActivities, now.AddMinutes(5), null, default);
        var removedDone = await housekeeping.DeleteOlderThanAsync(TableNames.Outbox, now.AddMinutes(5), $"Status eq '{nameof(OutboxStatus.Sent)}'", default);

        Assert.Equal((0, 1, 1), (keptWhenRecent, removed, removedDone));
        Assert.Null(await outbox.GetAsync("sent", default));
        Assert.NotNull(await outbox.GetAsync("pending", default));
    }
}
