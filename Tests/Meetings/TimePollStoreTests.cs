namespace CoordinatorBot.Tests.Meetings;

/// <summary>A time poll's rows in Azurite: the poll and its answers come in one query, and no other poll's with them.</summary>
[Trait("Category", "Integration")]
public sealed class TimePollStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-07T09:00:00Z", CultureInfo.InvariantCulture);

    private readonly TimePollStore _store = new(storage.Tables, TimeProvider.System);

    private TimePollStore Store => _store;

    [Fact]
    public async Task A_poll_is_read_with_its_own_answers_only_even_beside_a_poll_whose_key_starts_alike()
    {
        var community = $"poll-{Guid.NewGuid():N}";
        foreach (var id in new[] { "form-1", "form-10", "form-1a" })
        {
            Assert.True(await Store.AddAsync(community, Poll(id), default));
        }

        await Store.AnswerAsync(community, "form-1", new PollResponse("sofie", "Sofie", [PollAnswer.Yes, PollAnswer.No], Now), default);
        await Store.AnswerAsync(community, "form-1", new PollResponse("bo", "Bo", [PollAnswer.Maybe, PollAnswer.Yes], Now), default);
        await Store.AnswerAsync(community, "form-10", new PollResponse("carl", "Carl", [PollAnswer.No, PollAnswer.No], Now), default);

        var (poll, responses) = await Store.PollAndResponsesAsync(community, "form-1", default);

        Assert.Equal("form-1", poll!.Id);
        Assert.Equal(["bo", "sofie"], responses.Select(r => r.PersonId).Order(StringComparer.Ordinal));
        Assert.Equal([PollAnswer.Maybe, PollAnswer.Yes], responses.Single(r => r.PersonId == "bo").Answers);

        var missing = await Store.PollAndResponsesAsync(community, "form-2", default);
        Assert.Null(missing.Poll);
        Assert.Empty(missing.Responses);
    }

    [Fact]
    public async Task A_poll_is_booked_once_and_this_instance_reads_it_booked_at_once()
    {
        var community = $"poll-{Guid.NewGuid():N}";
        Assert.True(await Store.AddAsync(community, Poll("form-1"), default));
        Assert.True((await Store.RecentAsync(community, "form-1", default))!.IsOpen);

        var booked = await Store.BookAsync(community, "form-1", Now.AddDays(3), default);
        var again = await Store.BookAsync(community, "form-1", Now.AddDays(2), default);

        Assert.Equal(Now.AddDays(3), booked!.BookedStart);
        Assert.Null(again);
        Assert.False((await Store.RecentAsync(community, "form-1", default))!.IsOpen);
        Assert.Equal(Now.AddDays(3), (await new TimePollStore(storage.Tables, TimeProvider.System).GetAsync(community, "form-1", default))!.BookedStart);
        Assert.Null(await Store.RecentAsync(community, "form-2", default));
    }

    private static TimePoll Poll(string id) => new(id, new MeetingDraft(MeetingKind.SteeringGroup, "Møde", null, null, TimeSpan.FromHours(1),
        MeetingInvitees.None, [], null), [Now.AddDays(2), Now.AddDays(3)], ["sofie", "bo", "carl"], "alice", "Alice", Now);
}
