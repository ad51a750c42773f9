namespace CoordinatorBot.Tests.Priorities;

/// <summary>The coordinator's week as she reads it, through the bot: which week, where a new task went, "Udført" taken back.</summary>
[Trait("Category", "Integration")]
// Sunday 29 November 2026, 20:00 in Copenhagen.
public sealed class WeekAsReadFeatureTests() : ClockedBotFeatureTests(DateTimeOffset.Parse("2026-11-29T19:00:00Z", CultureInfo.InvariantCulture))
{
    protected override Task SetUpAsync() => Harness.SetUpCommunityAsync();

    [Fact]
    public async Task On_a_Sunday_the_plan_is_the_coming_week_and_the_ending_one_is_a_button_away()
    {
        var plan = BotHarness.Text((await Harness.SayAsync("opgaver")).Cards().Single());
        var ending = BotHarness.Text((await Harness.PressAsync(CardVerbs.PlanWeek, new JsonObject { ["week"] = "2026-11-23", ["lang"] = "da" }))["value"]);

        Assert.Contains("Ugens plan – uge 49", plan, StringComparison.Ordinal);
        // The range starts the line: a no-break space keeps "30." from becoming a numbered list in Teams.
        Assert.Contains("30.\u00a0november 2026 – 6. december 2026", plan, StringComparison.Ordinal);
        Assert.Contains("Forrige uge", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("overskredet", plan, StringComparison.Ordinal);
        Assert.Contains("Ugens plan – uge 48", ending, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_task_is_shown_in_its_own_week_and_the_answer_names_it()
    {
        var saved = await Harness.PressAsync(CardVerbs.TaskCreate, new JsonObject
        {
            ["taskTitle"] = "Forbered juleafslutning", ["class"] = "Should", ["estimate"] = "2", ["recurrence"] = "Once", ["due"] = "2026-12-22",
            ["lang"] = "da",
        });
        var text = BotHarness.Text(saved["value"]);

        Assert.Contains("Opgaven er gemt. Den står på planen for uge 52 (21. december 2026 – 27. december 2026).", text, StringComparison.Ordinal);
        Assert.Contains("Ugens plan – uge 52", text, StringComparison.Ordinal);
        Assert.Contains("Forbered juleafslutning", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_can_be_undone_for_a_day_and_not_after()
    {
        await Harness.SayAsync("opgaver");
        var done = BotHarness.Text((await Harness.PressAsync(CardVerbs.TaskDone,
            new JsonObject { ["task"] = "default-steeringsupport", ["week"] = "2026-11-30", ["lang"] = "da" }))["value"]);
        var undone = BotHarness.Text((await Harness.PressAsync(CardVerbs.TaskUndo,
            new JsonObject { ["task"] = "default-steeringsupport", ["week"] = "2026-11-30", ["lang"] = "da" }))["value"]);
        await Harness.PressAsync(CardVerbs.TaskDone, new JsonObject { ["task"] = "default-steeringsupport", ["week"] = "2026-11-30", ["lang"] = "da" });
        Time.Advance(TimeSpan.FromHours(25));
        var late = BotHarness.Text((await Harness.PressAsync(CardVerbs.TaskUndo,
            new JsonObject { ["task"] = "default-steeringsupport", ["week"] = "2026-11-30", ["lang"] = "da" }))["value"]);

        Assert.Contains("er markeret som udført", done, StringComparison.Ordinal);
        Assert.Contains("Udført det seneste døgn", done, StringComparison.Ordinal);
        Assert.Contains("Fortryd", done, StringComparison.Ordinal);
        Assert.Contains("er ikke længere markeret som udført", undone, StringComparison.Ordinal);
        Assert.Contains("Forbered og følg op på styregruppens arbejde", undone, StringComparison.Ordinal);
        Assert.Contains("kan kun fortrydes det første døgn", late, StringComparison.Ordinal);
    }
}
