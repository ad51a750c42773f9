using CoordinatorBot.Tests.Cards;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>The meeting's way: planlagt → dagsorden udsendt → referat udkast → referat godkendt → publiceret, aflyst aside.</summary>
[Trait("Category", "Unit")]
public sealed class MeetingLifecycleTests
{
    private static readonly Meeting Planned = MeetingGallery.Sample(); // 8 December 2026, 09:00–10:30 UTC
    private static readonly DateTimeOffset Before = DateTimeOffset.Parse("2026-12-01T09:00:00Z", CultureInfo.InvariantCulture);
    private static readonly DateTimeOffset After = DateTimeOffset.Parse("2026-12-08T11:00:00Z", CultureInfo.InvariantCulture);
    private static readonly DecisionNumber Number = new(2026, 16);
    private static readonly MeetingMinutes Minutes = new([new MinutesItem("Budget", "Godkendt.", [new DecisionNumber(2026, 3)])], "Karen", After);

    [Fact]
    public void A_meeting_goes_the_whole_way_one_step_at_a_time()
    {
        var sent = MeetingLifecycle.SendAgenda(Planned, Before)!;
        var drafted = MeetingLifecycle.DraftMinutes(sent, Minutes, After)!;
        var proposed = MeetingLifecycle.MinutesProposed(drafted, Number)!;
        var approved = MeetingLifecycle.MinutesDecided(proposed, Number, accepted: true)!;
        var published = MeetingLifecycle.Publish(approved)!;

        Assert.Equal([MeetingStatus.AgendaSent, MeetingStatus.MinutesDraft, MeetingStatus.MinutesDraft, MeetingStatus.MinutesApproved, MeetingStatus.Published],
            [sent.Status, drafted.Status, proposed.Status, approved.Status, published.Status]);
        Assert.Equal(Minutes, published.Minutes);
        Assert.Equal(Number, published.MinutesDecision);
    }

    [Fact]
    public void A_step_out_of_turn_is_refused()
    {
        Assert.Null(MeetingLifecycle.SendAgenda(Planned with { Status = MeetingStatus.AgendaSent }, Before)); // twice
        Assert.Null(MeetingLifecycle.SendAgenda(Planned, After)); // after the meeting
        Assert.Null(MeetingLifecycle.SendAgenda(Planned.Cancelled(null), Before));
        Assert.Null(MeetingLifecycle.DraftMinutes(Planned, Minutes, Before)); // before it began
        Assert.Null(MeetingLifecycle.DraftMinutes(Planned.Cancelled(null), Minutes, After));
        Assert.Null(MeetingLifecycle.MinutesProposed(Planned, Number)); // nothing written
        Assert.Null(MeetingLifecycle.Publish(Planned with { Status = MeetingStatus.MinutesDraft })); // not approved
        Assert.Null(MeetingLifecycle.Publish(Planned with { Status = MeetingStatus.Published }));
    }

    [Fact]
    public void Minutes_before_the_body_cannot_be_rewritten_and_approved_minutes_never()
    {
        var proposed = MeetingLifecycle.MinutesProposed(MeetingLifecycle.DraftMinutes(Planned, Minutes, After)!, Number)!;

        Assert.False(MeetingLifecycle.MayWriteMinutes(proposed, After));
        Assert.Null(MeetingLifecycle.MinutesProposed(proposed, new DecisionNumber(2026, 17)));
        Assert.False(MeetingLifecycle.MayWriteMinutes(MeetingLifecycle.MinutesDecided(proposed, Number, accepted: true)!, After));
    }

    [Fact]
    public void A_draft_being_proposed_keeps_a_second_send_out_until_its_number_is_kept_or_it_is_stale()
    {
        var drafted = MeetingLifecycle.DraftMinutes(Planned, Minutes, After)!;

        Assert.Null(MeetingLifecycle.DraftMinutes(drafted, Minutes, After.AddSeconds(1)));
        Assert.NotNull(MeetingLifecycle.DraftMinutes(drafted, Minutes, After + MeetingLifecycle.ProposingFor + TimeSpan.FromSeconds(1)));
        Assert.Null(MeetingLifecycle.MinutesProposed(drafted, Number)!.MinutesProposing);
    }

    [Fact]
    public void Minutes_the_body_turns_down_are_a_draft_again_to_be_written_anew()
    {
        var proposed = MeetingLifecycle.MinutesProposed(MeetingLifecycle.DraftMinutes(Planned, Minutes, After)!, Number)!;

        var rejected = MeetingLifecycle.MinutesDecided(proposed, Number, accepted: false)!;

        Assert.Equal((MeetingStatus.MinutesDraft, (DecisionNumber?)null), (rejected.Status, rejected.MinutesDecision));
        Assert.True(MeetingLifecycle.MayWriteMinutes(rejected, After));
    }

    [Fact]
    public void Only_the_meetings_current_minutes_decision_moves_it()
    {
        var proposed = MeetingLifecycle.MinutesProposed(MeetingLifecycle.DraftMinutes(Planned, Minutes, After)!, Number)!;

        Assert.Null(MeetingLifecycle.MinutesDecided(proposed, new DecisionNumber(2026, 2), accepted: true));
    }

    [Theory]
    [InlineData(MeetingKind.SteeringGroup, new[] { DecidingBody.CoordinationGroup }, DecidingBody.SteeringGroup)]
    [InlineData(MeetingKind.CoordinationGroup, new[] { DecidingBody.SteeringGroup }, DecidingBody.CoordinationGroup)]
    [InlineData(MeetingKind.UserClub, new[] { DecidingBody.CoordinationGroup }, DecidingBody.CoordinationGroup)]
    [InlineData(MeetingKind.Webinar, new DecidingBody[0], DecidingBody.SteeringGroup)]
    public void The_minutes_go_to_the_meetings_own_body(MeetingKind kind, DecidingBody[] invited, DecidingBody expected)
    {
        var meeting = Planned with { Kind = kind, Invitees = new MeetingInvitees(invited, [], []) };

        Assert.Equal(expected, MeetingLifecycle.ApprovingBody(meeting));
    }
}
