using CoordinatorBot.Tests.Upgrades;

namespace CoordinatorBot.Tests.Backup;

/// <summary>
/// The operator's backup and restore, through the bot's own executable: a community with every kind of record (the
/// newest release's fixture, upgraded), backed up, restored into empty tables, reads the same through the bot — the
/// decision log, each record with its votes, onboardings, the week, meetings, wishes, the board, the status report,
/// governance and the export's files. A restore into tables that hold rows is refused.
/// </summary>
[Trait("Category", "Integration")]
public sealed partial class BackupRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("backup").FullName;

    public static TheoryData<bool> Scopes => [false, true];

    [Theory]
    [MemberData(nameof(Scopes))]
    public async Task A_backup_restored_into_empty_tables_reads_the_same_through_the_bot(bool oneCommunity)
    {
        var release = ReleaseFixture.Names[^1];
        IReadOnlyList<string> before;
        string source;
        string teamId;
        await using (var original = await ReleaseFixture.StartAsync(release))
        {
            before = await ReadEverythingAsync(original);
            (source, teamId) = (original.Prefix, original.TeamId);
            // What is compared is the community itself, not a refusal read twice.
            foreach (var decision in original.Expected["decisions"]!.AsArray())
            {
                Assert.Contains(before, line => line.StartsWith($"beslutning {decision!["number"]}: ", StringComparison.Ordinal) &&
                    line.Contains(decision["title"]!.GetValue<string>(), StringComparison.Ordinal));
            }

            Assert.True(before.Count(line => line.StartsWith("_decisions/", StringComparison.Ordinal) || line.Contains(".md: ---", StringComparison.Ordinal)) >=
                original.Expected["decisions"]!.AsArray().Count, string.Join('\n', before.Select(l => l[..Math.Min(80, l.Length)])));
        }

        var archive = Path.Combine(_folder, "backup.zip");
        var backup = await CommandAsync(source, ["backup", "--out", archive, .. oneCommunity ? new[] { "--community", teamId } : []]);
        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Matches($@"Backed up \d+ rows of \d+ tables \(layout {StoreLayout.Current}", backup.Output);

        var target = TestSettings.NewTablePrefix();
        var restore = await CommandAsync(target, ["restore", "--from", archive]);
        Assert.True(restore.ExitCode == 0, restore.Output);

        await using (var restored = await ReleaseFixture.AttachAsync(release, target))
        {
            Assert.Equal(before, await ReadEverythingAsync(restored));
        }

        var again = await CommandAsync(target, ["restore", "--from", archive]);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds rows", again.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_no_archive_is_refused_with_a_clear_message()
    {
        var path = Path.Combine(_folder, "not.zip");
        await File.WriteAllTextAsync(path, "no zip");

        var restore = await CommandAsync(TestSettings.NewTablePrefix(), ["restore", "--from", path]);

        Assert.NotEqual(0, restore.ExitCode);
        Assert.DoesNotContain("   at ", restore.Output, StringComparison.Ordinal);
    }

    /// <summary>What a person reads of the community: every listing and record, and the export's files.</summary>
    private static async Task<IReadOnlyList<string>> ReadEverythingAsync(ReleaseFixture fixture)
    {
        await fixture.CloseOpenDialogsAsync();
        var expected = fixture.Expected;
        List<string> commands = ["beslutninger", "roller", "onboarding status", "opgaver", "møder", "ønsker", "backlog", "governance",
            .. expected["decisions"]!.AsArray().Select(d => $"beslutning {d!["number"]}"),
            .. (expected["statusReports"]?.AsArray() ?? []).Select(r => $"status {r!["number"]}")];
        var read = new List<string>();
        foreach (var command in commands)
        {
            read.Add($"{command}: {await fixture.SayAsync(command)}");
        }

        var exportCard = (await fixture.AnswersAsync("eksportér")).Single().Body;
        var link = ExportLink().Match(Regex.Unescape(exportCard)).Value;
        using var zip = new ZipArchive(await fixture.Harness.Bot.Client.GetStreamAsync(new Uri(link).PathAndQuery));
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var reader = new StreamReader(entry.Open());
            // A record's link names the address the bot was reached at, which differs between the two bots here.
            var own = fixture.Harness.Bot.Client.BaseAddress!.GetLeftPart(UriPartial.Authority);
            read.Add($"{entry.FullName}: {(await reader.ReadToEndAsync()).Replace(own, "https://bot", StringComparison.Ordinal)}");
        }

        return read;
    }

    [GeneratedRegex(@"http://[^""\s]+/export/decisions\?[^""\s]+")]
    private static partial Regex ExportLink();

    private static Task<ToolRun> CommandAsync(string prefix, IEnumerable<string> arguments) =>
        ToolRun.StartAsync("dotnet", [BotProcess.Executable, .. arguments,
            $"--Storage:ConnectionString={TestSettings.StorageConnectionString}", $"--Storage:TablePrefix={prefix}"]);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
