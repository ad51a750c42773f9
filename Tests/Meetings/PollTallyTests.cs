namespace CoordinatorBot.Tests.Meetings;

/// <summary>A time poll's tally: counts per time, and the earliest time every required attendee says ja to.</summary>
[Trait("Category", "Unit")]
public sealed class PollTallyTests
{
    private static readonly DateTimeOffset Monday = DateTimeOffset.Parse("2026-12-07T09:00:00Z", CultureInfo.InvariantCulture);
    private static readonly PollAnswer Y = PollAnswer.Yes, M = PollAnswer.Maybe, N = PollAnswer.No;

    // Listed out of order on purpose: the earliest time wins, not the first listed.
    private static readonly TimePoll Poll = new("p", new MeetingDraft(MeetingKind.SteeringGroup, "Møde", null, null, TimeSpan.FromHours(1),
        MeetingInvitees.None, [], null), [Monday.AddDays(2), Monday, Monday.AddDays(1)], ["sofie", "bo"], "alice", "Alice", Monday.AddDays(-7));

    [Fact]
    public void The_counts_are_per_time_and_the_earliest_time_all_required_can_make_settles_it()
    {
        var tally = PollTally.Of(Poll, [Answer("sofie", Y, Y, N), Answer("bo", Y, M, Y), Answer("gaest", N, Y, Y)]);

        Assert.Equal([(2, 0, 1), (2, 1, 0), (2, 0, 1)], tally.Counts);
        Assert.Equal(0, tally.Settled); // the only time both say ja to
    }

    [Fact]
    public void On_a_tie_the_earliest_time_is_taken()
    {
        var tally = PollTally.Of(Poll, [Answer("sofie", Y, Y, Y), Answer("bo", Y, Y, Y)]);

        Assert.Equal(1, tally.Settled); // Monday, listed second
    }

    [Fact]
    public void A_maybe_is_no_promise_and_a_missing_answer_settles_nothing()
    {
        Assert.Null(PollTally.Of(Poll, [Answer("sofie", M, M, M), Answer("bo", Y, Y, Y)]).Settled);
        Assert.Null(PollTally.Of(Poll, [Answer("sofie", Y, Y, Y)]).Settled);
        Assert.Null(PollTally.Of(Poll, [Answer("sofie", Y, null, Y), Answer("bo", N, Y, N)]).Settled);
    }

    private static PollResponse Answer(string person, params PollAnswer?[] answers) => new(person, person, answers, Monday);
}
