namespace CoordinatorBot.Tests.Status;

/// <summary>
/// A publication whose answer from storage is lost after the report was stored: the table client sends the insert again,
/// finds the number taken, and the report must keep that one number rather than be stored a second time under the next.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StatusPublishRetryTests
{
    [Fact]
    public async Task A_report_whose_first_answer_was_lost_is_published_once_under_one_number()
    {
        var lose = new LostInsertAnswer(TableNames.StatusReports);
        var store = new StatusStore(await lose.TablesAsync());
        var report = new StatusReport
        {
            From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 30), ComposedAt = DateTimeOffset.Parse("2026-11-30T11:00:00Z", CultureInfo.InvariantCulture),
            Mark = StatusMark.OnTrack, MarkWhy = "Stille måned.",
            PublishedAt = DateTimeOffset.Parse("2026-11-30T12:00:00Z", CultureInfo.InvariantCulture), PublishedByName = "Alice",
        };

        var published = await store.PublishAsync("os2mo", report, 2026, default);

        Assert.True(lose.Lost);
        Assert.Equal("S-2026-01", published.Number!.ToString());
        Assert.Equal(["S-2026-01"], (await store.ListAsync("os2mo", default)).Select(r => r.Number!.ToString()));
    }
}
