namespace CoordinatorBot.Tests.Features;

/// <summary>The free texts outside decisions, one character over their limit, through the whole bot: refused, with the limit.</summary>
[Trait("Category", "Integration")]
public sealed class FreeTextLimitsTests() : ClockedBotFeatureTests
{
    protected override async Task SetUpAsync()
    {
        Connector.Roster.Add(("aad-alice", "Alice"));
        await Harness.SetUpCommunityAsync();
    }

    [Fact]
    public async Task A_template_step_title_over_its_limit_is_refused_and_the_template_is_unchanged()
    {
        var store = Service<OnboardingStore>();
        var before = (await store.TemplateAsync(ActivityBuilder.TeamId, default)).Steps.Count;

        var answer = await Harness.PressAsync(CardVerbs.TemplateAdd, new JsonObject
        {
            ["stepTitle"] = Fill(TextLimits.TemplateStepTitle + 1), ["owner"] = "Coordinator", ["anchor"] = "Start", ["offset"] = "3", ["lang"] = "da",
        });
        var atLimit = await Harness.PressAsync(CardVerbs.TemplateAdd, new JsonObject
        {
            ["stepTitle"] = Fill(TextLimits.TemplateStepTitle), ["owner"] = "Coordinator", ["anchor"] = "Start", ["offset"] = "3", ["lang"] = "da",
        });

        Assert.Contains("Skriv trinnets navn (højst 120 tegn).", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        Assert.Contains("Skabelonen er gemt", BotHarness.Text(atLimit["value"]), StringComparison.Ordinal);
        var after = await store.TemplateAsync(ActivityBuilder.TeamId, default);
        Assert.Equal(before + 1, after.Steps.Count);
        Assert.Equal(Fill(TextLimits.TemplateStepTitle), after.Steps[^1].Title);
    }

    [Fact]
    public async Task A_task_title_or_link_over_its_limit_is_refused_and_no_task_is_saved()
    {
        var tasks = Service<TaskStore>();
        var before = (await tasks.ListAsync(ActivityBuilder.TeamId, new DateOnly(2026, 11, 27), default)).Count;

        var title = await Harness.PressAsync(CardVerbs.TaskCreate, Task(Fill(TextLimits.TaskTitle + 1), null));
        var link = await Harness.PressAsync(CardVerbs.TaskCreate, Task("Læs release notes", Fill(TextLimits.TaskLink + 1)));

        Assert.Contains("Skriv opgaven (højst 120 tegn).", BotHarness.Text(title["value"]), StringComparison.Ordinal);
        Assert.Contains("Teksten i »Hører til (fx B-2026-014; valgfri)« er for lang (højst 40 tegn).", BotHarness.Text(link["value"]), StringComparison.Ordinal);
        Assert.Equal(before, (await tasks.ListAsync(ActivityBuilder.TeamId, new DateOnly(2026, 11, 27), default)).Count);
    }

    [Fact]
    public async Task A_dialog_answer_over_its_limit_is_asked_again_with_the_reason()
    {
        await Harness.SayAsync("onboarding ny");

        var reply = await Harness.SayAsync(Fill(TextLimits.DialogAnswer + 1));

        var text = BotHarness.Text(reply.Cards().Single());
        Assert.Contains("Teksten i »Dit svar« er for lang (højst 200 tegn).", text, StringComparison.Ordinal);
        Assert.Contains("Hvilken kommune skal onboardes?", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_supplier_name_over_its_limit_is_asked_again_with_the_limit()
    {
        foreach (var answer in new[] { "onboarding ny", "Aarhus Kommune", "Medlem af OS2", "Mette Hansen, mh@aarhus.dk", "Bo Berg, bo@aarhus.dk" })
        {
            Time.Advance(TimeSpan.FromSeconds(1));
            await Harness.SayAsync(answer);
        }

        var refused = BotHarness.Text((await Harness.SayAsync(Fill(TextLimits.SupplierName + 1))).Cards().Single());
        var accepted = BotHarness.Text((await Harness.SayAsync(Fill(TextLimits.SupplierName))).Cards().Single());

        Assert.Contains("Skriv leverandørens navn (højst 80 tegn).", refused, StringComparison.Ordinal);
        Assert.Contains($"Noteret: {Fill(TextLimits.SupplierName)}", accepted, StringComparison.Ordinal);
    }

    private static JsonObject Task(string title, string? link) => new()
    {
        ["taskTitle"] = title, ["class"] = "Must", ["estimate"] = "1", ["recurrence"] = "Once", ["due"] = "2026-12-04", ["link"] = link, ["lang"] = "da",
    };

    /// <summary>Danish text of exactly <paramref name="length"/> characters, with no space at the end for the bot to trim.</summary>
    private static string Fill(int length)
    {
        var text = string.Concat(Enumerable.Repeat("Æblerne på øen blev sået i år. ", (length / 31) + 1))[..length];
        return text[^1] == ' ' ? $"{text[..^1]}x" : text;
    }
}
