using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatorBot.Tests.People;

/// <summary>Dialog state is personal data kept for a while only: the hourly housekeeping removes it after 30 days.</summary>
[Trait("Category", "Integration")]
public sealed class RetentionTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task Dialog_state_goes_after_thirty_days_and_not_before()
    {
        var dialogs = new DialogStore(storage.Tables);
        var now = DateTimeOffset.UtcNow;
        await dialogs.SaveAsync("a:chat", "aad-bob", new DialogState("onboarding", 1, new Dictionary<string, string>(), null, "da", now, now), default);

        // Each run is a new job: the job itself runs at most once an hour.
        await new HousekeepingJob(new Housekeeping(storage.Tables), NullLogger<HousekeepingJob>.Instance).RunAsync(now.AddDays(29), default);
        var after29 = await dialogs.GetAsync("a:chat", "aad-bob", default);
        await new HousekeepingJob(new Housekeeping(storage.Tables), NullLogger<HousekeepingJob>.Instance).RunAsync(now.AddDays(31), default);

        Assert.NotNull(after29);
        Assert.Null(await dialogs.GetAsync("a:chat", "aad-bob", default));
    }
}
