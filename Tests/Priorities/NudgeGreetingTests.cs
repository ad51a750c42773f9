namespace CoordinatorBot.Tests.Priorities;

[Trait("Category", "Unit")]
public sealed class NudgeGreetingTests
{
    [Theory]
    [InlineData("2027-03-22", "God mandag! Din uge i OS2mo")]
    [InlineData("2027-03-30", "God tirsdag! Din uge i OS2mo")] // Easter Monday moved the nudge
    public void The_weekly_nudge_greets_the_day_it_is_sent(string day, string title)
    {
        var today = DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        var plan = WeeklyPlan.Build(WeeklyPlan.MondayOf(today), 10, [], []);
        var card = NudgeCard.ForCoordinator(new Texts(Language.Danish), "OS2mo", plan, [], [],
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"), today);

        Assert.Equal(title, Assert.IsType<TextBlock>(card.Body[0]).Text);
    }

    [Fact]
    public void The_English_nudge_greets_the_day_too()
    {
        var today = new DateOnly(2027, 3, 30);
        var card = NudgeCard.ForCoordinator(new Texts(Language.English), "OS2mo", WeeklyPlan.Build(WeeklyPlan.MondayOf(today), 10, [], []), [], [],
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"), today);

        Assert.Equal("Happy Tuesday! Your week in OS2mo", Assert.IsType<TextBlock>(card.Body[0]).Text);
    }
}
