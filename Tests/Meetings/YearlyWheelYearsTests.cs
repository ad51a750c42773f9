namespace CoordinatorBot.Tests.Meetings;

/// <summary>
/// The yearly wheel in December, through the running bot: this year is behind, so the card offers the next year and the
/// one before; the yearly tasks fall due on office days there.
/// </summary>
[Trait("Category", "Integration")]
// Thursday 10 December 2026: the default tasks count from Monday 7 December; the role revision's 90 days end on a Sunday.
public sealed class YearlyWheelYearsTests() : ClockedBotFeatureTests(DateTimeOffset.Parse("2026-12-10T09:00:00Z", CultureInfo.InvariantCulture))
{
    protected override Task SetUpAsync() => Harness.SetUpCommunityAsync();

    [Fact]
    public async Task In_December_the_wheel_leads_to_next_year_whose_yearly_tasks_fall_on_office_days()
    {
        var december = (await Harness.SayAsync("årshjul")).Cards().Single();
        Assert.Contains("Årshjul 2026", BotHarness.Text(december), StringComparison.Ordinal);
        var next = Button(december, "Næste år (2027)");
        Assert.NotNull(Button(december, "Forrige år (2025)"));

        var answer = await Harness.PressAsync(next["verb"]!.GetValue<string>(), (JsonObject)next["data"]!.DeepClone());
        var wheel = BotHarness.Text(answer["value"]);

        Assert.Contains("Årshjul 2027", wheel, StringComparison.Ordinal);
        Assert.Contains("man. 8. mar. · Opgave:", wheel, StringComparison.Ordinal); // the role description's yearly revision
        Assert.DoesNotContain("søn.", wheel, StringComparison.Ordinal);
        Assert.DoesNotContain("lør.", wheel, StringComparison.Ordinal);
        Assert.NotNull(Button(answer["value"]!, "Næste år (2028)"));
        Assert.NotNull(Button(answer["value"]!, "Forrige år (2026)"));
    }

    private static JsonObject Button(JsonNode card, string title) =>
        card["actions"]!.AsArray().OfType<JsonObject>().Single(a => a["title"]?.GetValue<string>() == title);
}
