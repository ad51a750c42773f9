using Azure;
using CoordinatorBot.Domain.Releases;
using CoordinatorBot.Domain.Surveys;

namespace CoordinatorBot.Tests.Storage;

/// <summary>
/// A record whose insert reached storage but whose answer was lost: the table client sends it again and meets its own
/// row. The caller is told it was added (not "taken", not a failure), the record is there once, and a different record
/// under the same key is still refused.
/// </summary>
[Trait("Category", "Integration")]
public sealed class RecordInsertRetryTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-07T10:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_wish_whose_answer_was_lost_is_added_once()
    {
        var lose = new LostInsertAnswer(TableNames.Backlog);
        var store = new BacklogStore(await lose.TablesAsync(), new BacklogCache(TimeProvider.System));

        Assert.True(await store.AddWishAsync("os2mo", Wish(1, "Ida"), default));

        Assert.True(lose.Lost);
        Assert.Equal(["Ida"], (await store.LoadAsync("os2mo", default)).Wishes.Select(w => w.RaisedByName));
        Assert.False(await store.AddWishAsync("os2mo", Wish(1, "Bo"), default));
    }

    [Fact]
    public async Task A_support_whose_answer_was_lost_is_recorded_not_called_given_before()
    {
        var lose = new LostInsertAnswer(TableNames.Backlog, after: 1);
        var store = new BacklogStore(await lose.TablesAsync(), new BacklogCache(TimeProvider.System));
        await store.AddWishAsync("os2mo", Wish(1, "Ida") with { Municipality = "Aarhus" }, default);

        Assert.True(await store.SupportAsync("os2mo", new WishSupport(1, "Odense", "aad-2", "Bo", Now, false), default));

        Assert.True(lose.Lost);
        Assert.Equal(["Odense"], (await store.SupportsAsync("os2mo", 1, default)).Select(s => s.Municipality));
        // Another of Odense's people: that municipality supports the wish already.
        Assert.False(await store.SupportAsync("os2mo", new WishSupport(1, "Odense", "aad-3", "Eva", Now.AddMinutes(1), false), default));
    }

    [Fact]
    public async Task A_release_whose_answer_was_lost_is_saved_not_called_taken()
    {
        var lose = new LostInsertAnswer(TableNames.Releases);
        var store = new ReleaseStore(await lose.TablesAsync());

        Assert.True(await store.AddAsync("os2mo", Release("Ida"), default));

        Assert.True(lose.Lost);
        Assert.Equal(["Ida"], (await store.ListAsync("os2mo", default)).Select(r => r.EnteredByName));
        Assert.False(await store.AddAsync("os2mo", Release("Bo"), default));
    }

    [Fact]
    public async Task A_survey_whose_answer_was_lost_is_stored_and_its_number_stays_its_own()
    {
        var lose = new LostInsertAnswer(TableNames.Surveys);
        var store = new SurveyStore(await lose.TablesAsync());

        await store.AddAsync("os2mo", Survey("Ida"), ["m-1", "m-2"], default);

        Assert.True(lose.Lost);
        Assert.Equal("Ida", (await store.GetAsync("os2mo", 1, default))!.CreatedByName);
        var taken = await Assert.ThrowsAsync<RequestFailedException>(() => store.AddAsync("os2mo", Survey("Bo"), ["m-3"], default));
        Assert.Equal(409, taken.Status);
        Assert.Equal("Ida", (await store.GetAsync("os2mo", 1, default))!.CreatedByName);
    }

    private static Wish Wish(int number, string by) => new()
    {
        Number = number, Title = $"Ønske {number}", Need = "Som … ønsker jeg … så …", Municipality = "Aarhus",
        RaisedById = $"aad-{by}", RaisedByName = by, RaisedAt = Now,
    };

    private static Release Release(string by) => new()
    {
        Version = "2.4.0", Date = new DateOnly(2026, 12, 7), Summary = "Rettelser", EnteredById = $"aad-{by}", EnteredByName = by, RecordedAt = Now,
    };

    private static Survey Survey(string by) => new()
    {
        Number = 1, Title = "Tilfredshed", Questions = [new SurveyQuestion("Hvor tilfreds er I?", QuestionKind.Scale, [], "Lidt", "Meget", false)],
        Anonymous = true, Audience = SurveyAudience.Municipalities, Recipients = ["aad-1", "aad-2"], Closes = new DateOnly(2026, 12, 21),
        CreatedById = $"aad-{by}", CreatedByName = by, SentAt = Now,
    };
}
