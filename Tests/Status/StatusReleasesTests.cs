using CoordinatorBot.Tests.Backlog;
using CoordinatorBot.Tests.Releases;

namespace CoordinatorBot.Tests.Status;

/// <summary>
/// The status report's "Versioner" part through the running bot: the releases dated since the previous report, with
/// their items counted, on the card and on the report's page of the export, linking the release's page.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StatusReleasesTests()
    : ClockedBotFeatureTests(DateTimeOffset.Parse("2026-12-04T09:00:00Z", CultureInfo.InvariantCulture), hostedScheduler: false)
{
    protected override Task SetUpAsync() => BacklogPeople.SetUpAsync(Harness);

    private static JsonObject Release(string version, string summary, string date) => new()
    {
        [ReleaseForm.VersionInput] = version, [ReleaseForm.DateInput] = date, [ReleaseForm.SummaryInput] = summary,
        [ReleaseForm.NotesInput] = string.Empty, [ReleaseForm.DecisionsInput] = string.Empty,
    };

    private static JsonObject Mark(string mark, string why) => new()
    {
        ["lang"] = "da", [StatusReportCard.MarkInput] = mark, [StatusReportCard.WhyInput] = why,
    };

    [Fact]
    public async Task The_report_names_the_releases_since_the_previous_one_and_its_page_links_each_releases_page()
    {
        await ReleasePeople.AddItemAsync(Harness, 1, "Login med MitID", release: "3.2.0");
        await Harness.PressAsync(CardVerbs.ReleaseSave, Release("3.2.0", "Login med MitID", "2026-12-04"));

        var draft = BotHarness.Text((await Harness.SayAsync("status")).Cards().Single());
        Assert.Contains("Versioner i perioden", draft, StringComparison.Ordinal);
        Assert.Contains("3.2.0 (4. december 2026): Login med MitID · 1 punkt", draft, StringComparison.Ordinal);
        await Harness.PressAsync(CardVerbs.StatusPublish, Mark("OnTrack", "Alt går efter planen."));

        // The next report's period starts the day after: the release is the first report's, not the next one's.
        Time.Advance(TimeSpan.FromDays(7));
        await Harness.PressAsync(CardVerbs.ReleaseSave, Release("3.3.0", "Mørk tilstand", "2026-12-10"));
        var next = BotHarness.Text((await Harness.SayAsync("status")).Cards().Single());
        Assert.Contains("3.3.0 (10. december 2026): Mørk tilstand · 0 punkter", next, StringComparison.Ordinal);
        Assert.DoesNotContain("3.2.0", next, StringComparison.Ordinal);

        var link = (await Harness.SayAsync("eksportér")).Cards().Single()["actions"]![0]!["url"]!.GetValue<string>();
        using var archive = new ZipArchive(new MemoryStream(await Harness.Bot.Client.GetByteArrayAsync(new Uri(link))));
        var files = archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
        var page = files.Single(f => f.Key.StartsWith("statusrapporter/", StringComparison.Ordinal) && f.Key.Contains("s-2026-01", StringComparison.OrdinalIgnoreCase)).Value;
        Assert.Contains("## Versioner i perioden", page, StringComparison.Ordinal);
        Assert.Contains("- [3.2.0](../versioner/3-2) (4. december 2026): Login med MitID · 1 punkt", page, StringComparison.Ordinal);
        Assert.Contains("versioner/3-2.md", files.Keys);
    }
}
