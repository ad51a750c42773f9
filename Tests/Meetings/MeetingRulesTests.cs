using static CoordinatorBot.Tests.Support.CopenhagenTime;

namespace CoordinatorBot.Tests.Meetings;

/// <summary>A meeting's validation, who may plan and change it, and the external addresses as typed.</summary>
[Trait("Category", "Unit")]
public sealed class MeetingRulesTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public void A_complete_draft_has_no_problems()
    {
        Assert.Empty(Draft().Validate(Now, Copenhagen));
    }

    [Fact]
    public void A_date_in_the_past_an_end_before_the_start_and_no_attendees_are_each_a_problem_with_its_reason()
    {
        var draft = Draft() with { Date = new DateOnly(2026, 11, 27), Start = new TimeOnly(10, 0), Duration = TimeSpan.FromMinutes(-30), Invitees = MeetingInvitees.None };

        Assert.Equal([MeetingProblem.EndBeforeStart, MeetingProblem.DateInPast, MeetingProblem.NoAttendees], draft.Validate(Now, Copenhagen));
    }

    [Fact]
    public void Missing_fields_long_meetings_and_bad_addresses_are_problems()
    {
        var draft = Draft() with { Title = " ", Date = null, Start = null, Duration = TimeSpan.FromHours(11), InvalidExternal = ["ikke en adresse"] };

        Assert.Equal([MeetingProblem.Title, MeetingProblem.Date, MeetingProblem.Start, MeetingProblem.TooLong, MeetingProblem.ExternalAddress],
            draft.Validate(Now, Copenhagen));
    }

    [Fact]
    public void The_agenda_is_one_item_a_line_without_the_numbers_people_type()
    {
        Assert.Equal(["Godkendelse af dagsorden", "Budget 2027", "Eventuelt"], MeetingDraft.AgendaFrom("1. Godkendelse af dagsorden\n\n- Budget 2027\r\n3) Eventuelt\n"));
    }

    [Fact]
    public void External_addresses_are_read_bare_or_with_a_name_and_the_rest_named_as_invalid()
    {
        var (addresses, invalid) = ExternalAddresses.Parse("jje@odense.dk, Jens Hansen <JHA@aarhus.dk>; ikke en adresse\njje@odense.dk");

        Assert.Equal(["jje@odense.dk", "jha@aarhus.dk"], addresses);
        Assert.Equal(["ikke en adresse"], invalid);
    }

    [Fact]
    public void Only_the_coordinator_plans_and_changes_and_not_a_cancelled_or_past_meeting()
    {
        var coordinator = new Member("aad-k", "Karen", new HashSet<Role> { Role.Coordinator }, null);
        var steering = new Member("aad-s", "Sofie", new HashSet<Role> { Role.SteeringGroup }, null);
        var meeting = Cards.MeetingGallery.Sample();
        var before = meeting.Start.AddDays(-1);

        Assert.Equal(MeetingPermission.Allowed, MeetingAuthority.MayPlan(coordinator));
        Assert.Equal(MeetingPermission.NotCoordinator, MeetingAuthority.MayPlan(steering));
        Assert.Equal(MeetingPermission.NotCoordinator, MeetingAuthority.MayPlan(null));
        Assert.Equal(MeetingPermission.Allowed, MeetingAuthority.MayChange(coordinator, meeting, before));
        Assert.Equal(MeetingPermission.NotCoordinator, MeetingAuthority.MayChange(steering, meeting, before));
        Assert.Equal(MeetingPermission.Cancelled, MeetingAuthority.MayChange(coordinator, meeting.Cancelled(null), before));
        Assert.Equal(MeetingPermission.Past, MeetingAuthority.MayChange(coordinator, meeting, meeting.End.AddMinutes(1)));
    }

    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("2", 2)]
    [InlineData(" 1.5 t", 1.5)]
    [InlineData("2 timer", 2)]
    public void A_duration_the_card_accepts_is_read_by_the_server_as_the_same_hours(string typed, double hours)
    {
        Assert.Matches(CoordinatorBot.Cards.Meetings.MeetingForm.DurationPattern, typed);
        Assert.Equal((decimal)hours, CoordinatorBot.Domain.Input.DanishNumber.TryParse(typed));
    }

    [Theory]
    [InlineData("halvanden")]
    [InlineData("1,5 dage")]
    [InlineData("-1")]
    public void A_duration_that_is_no_number_of_hours_is_refused_on_the_card(string typed) =>
        Assert.DoesNotMatch(CoordinatorBot.Cards.Meetings.MeetingForm.DurationPattern, typed);

    [Fact]
    public void The_start_is_taken_on_the_community_clock()
    {
        var draft = Draft() with { Date = new DateOnly(2027, 7, 1), Start = new TimeOnly(9, 0) };

        Assert.Equal(DateTimeOffset.Parse("2027-07-01T07:00:00Z", CultureInfo.InvariantCulture), draft.StartAt(Copenhagen));
    }

    private static MeetingDraft Draft() => new(MeetingKind.SteeringGroup, "Styregruppemøde", new DateOnly(2026, 12, 8), new TimeOnly(10, 0),
        TimeSpan.FromMinutes(90), new MeetingInvitees([DecidingBody.SteeringGroup], [], ["jje@odense.dk"]), ["Budget"], null);
}
