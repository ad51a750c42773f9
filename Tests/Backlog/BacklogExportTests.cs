namespace CoordinatorBot.Tests.Backlog;

/// <summary>The backlog and the open wishes are in the export zip next to the decisions, as Markdown pages and CSV.</summary>
[Trait("Category", "Integration")]
public sealed class BacklogExportTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    protected override Task SetUpAsync() => BacklogPeople.SetUpAsync(Harness);

    [Fact]
    public async Task The_zip_holds_the_board_the_items_pages_the_wishes_and_their_csv_files()
    {
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("=HYPERLINK(\"http://x\") *vigtigt*"), "aad-ole", "Ole");
        await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
        {
            ["wish"] = "1", ["moscow.1"] = "Must", ["hours.1"] = "7,5", ["supplier.1"] = "Magenta ApS", ["criteria.1"] = "Borgeren kan logge ind",
        });

        var (zip, _) = (await Service<DecisionArchive>().BuildAsync(ActivityBuilder.TeamId, Language.Danish, default))!.Value;

        using var archive = new ZipArchive(new MemoryStream(zip));
        var files = archive.Entries.ToDictionary(e => e.FullName, e => Read(e));
        Assert.Contains("index.md", files.Keys);
        Assert.Contains("| [1](001-login-med-mitid) | Login med MitID | Ny | 7,5 timer | Magenta ApS |", files["prioriteringstavle/index.md"], StringComparison.Ordinal);
        var page = files["prioriteringstavle/001-login-med-mitid.md"];
        Assert.Contains("- [ ] Borgeren kan logge ind", page, StringComparison.Ordinal);
        Assert.Contains("| Kommuner | Aarhus Kommune |", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Ida", page, StringComparison.Ordinal);
        Assert.Contains("| Odense Kommune | Høj |", files["prioriteringstavle/oensker.md"], StringComparison.Ordinal);
        Assert.StartsWith("#;Titel;Status;MoSCoW-klasse", files["prioriteringstavle/prioriteringstavle.csv"], StringComparison.Ordinal);
        using var csv = archive.GetEntry("prioriteringstavle/prioriteringstavle.csv")!.Open();
        Assert.Equal([0xEF, 0xBB, 0xBF], new[] { csv.ReadByte(), csv.ReadByte(), csv.ReadByte() });
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\") *vigtigt*\"", files["prioriteringstavle/oensker.csv"], StringComparison.Ordinal);
        Assert.Contains(";Ønsket den;", files["prioriteringstavle/oensker.csv"].Split('\n')[0], StringComparison.Ordinal);
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }
}
