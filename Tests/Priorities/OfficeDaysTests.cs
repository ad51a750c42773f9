namespace CoordinatorBot.Tests.Priorities;

[Trait("Category", "Unit")]
public sealed class OfficeDaysTests
{
    [Theory]
    [InlineData("2026-11-29", "2026-11-30")] // Sunday -> Monday
    [InlineData("2026-11-28", "2026-11-30")] // Saturday -> Monday
    [InlineData("2026-12-01", "2026-12-01")] // a Tuesday stays
    [InlineData("2026-12-23", "2026-12-23")] // the last day before Christmas
    [InlineData("2026-12-24", "2027-01-04")] // Christmas Eve -> the first Monday after New Year
    [InlineData("2026-12-28", "2027-01-04")] // between Christmas and New Year
    [InlineData("2027-03-25", "2027-03-30")] // Maundy Thursday -> Tuesday after Easter Monday
    [InlineData("2027-05-06", "2027-05-07")] // Ascension Day -> Friday
    [InlineData("2027-05-17", "2027-05-18")] // Whit Monday -> Tuesday
    [InlineData("2027-06-05", "2027-06-07")] // Constitution Day, a Saturday -> Monday
    public void A_date_that_no_one_would_pick_moves_to_the_next_office_day(string day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            OfficeDays.OnOrAfter(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-12-28", "2026-12-23")]
    [InlineData("2027-01-02", "2026-12-23")]
    [InlineData("2027-03-29", "2027-03-24")] // Easter Monday -> the Wednesday before Maundy Thursday
    public void A_date_that_must_not_be_late_moves_back(string day, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            OfficeDays.OnOrBefore(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Checklist_due_dates_fall_on_office_days_and_steps_before_the_go_live_are_never_late()
    {
        // Started on Friday 11 December 2026 with go-live on Monday 4 January 2027: +7 days is a Friday (18th), +21 is
        // New Year's Day, +28 a Friday in January; go-live -7 is 28 December, between Christmas and New Year.
        var details = new OnboardingDetails("Aarhus", MembershipModel.Os2Member, new Contact("Mette", "mette@aarhus.dk", null),
            new Contact("Bo", null, "aad-bo"), "Magenta", new DateOnly(2027, 1, 4));
        var onboarding = OnboardingChecklist.Create("aarhus", ChecklistTemplate.Default, details, new DateOnly(2026, 12, 11), "Karen",
            DateTimeOffset.UnixEpoch);
        var due = onboarding.Steps.ToDictionary(s => s.Key, s => s.Due);

        Assert.All(onboarding.Steps, s => Assert.True(OfficeDays.IsOfficeDay(s.Due), $"{s.Key} is due on {s.Due:dddd yyyy-MM-dd}"));
        Assert.Equal(new DateOnly(2026, 12, 18), due["price"]);
        Assert.Equal(new DateOnly(2027, 1, 4), due["agreement"]);
        Assert.Equal(new DateOnly(2026, 12, 23), due["connection"]);
        Assert.Equal(new DateOnly(2027, 1, 4), due["groups"]);
    }
}
