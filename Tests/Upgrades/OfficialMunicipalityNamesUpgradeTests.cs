using Microsoft.Extensions.Logging.Abstractions;

namespace CoordinatorBot.Tests.Upgrades;

/// <summary>
/// Release 4's tables, had its community been Copenhagen's and Vesthimmerland's rather than Odense's and Vejle's: the
/// names that release stored ("København Kommune" in the roles and their history, "København" and "Vesthimmerland" in
/// the backlog's values and support keys, onboardings, dialogs and status reports) are brought to the official ones at
/// start-up, the support rows move to their new keys, and doing it again changes nothing.
/// </summary>
[Trait("Category", "Integration")]
public sealed class OfficialMunicipalityNamesUpgradeTests
{
    private const string Release = "r4-830c73e";

    [Fact]
    public async Task Release_4s_wrong_names_become_the_official_ones_keys_included_and_once()
    {
        var prefix = TestSettings.NewTablePrefix();
        var tables = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString), prefix);
        using (var archive = ArchiveReader.Open(Path.Combine(ReleaseFixture.Folder, Release)))
        {
            await new TableRestore(tables, new StoreLayoutRow(tables, TimeProvider.System)).RestoreAsync(archive, replace: false, default);
        }

        await AsReleaseFourWouldHaveStoredCopenhagenAsync(tables);
        Assert.Contains(await KeysAsync(tables, TableNames.Backlog), k => k.EndsWith("|København", StringComparison.Ordinal));

        await using var fixture = await ReleaseFixture.AttachAsync(Release, prefix);
        await fixture.CloseOpenDialogsAsync();
        var team = fixture.TeamId;
        var services = fixture.Harness.Bot.Services;

        // The roles and their history hold the official name.
        var ida = await services.GetRequiredService<MemberStore>().GetAsync(team, "aad-kommune-1", default);
        Assert.Equal("Københavns Kommune", ida!.Municipality);
        var organisations = await ValuesAsync(tables, TableNames.Members, "Organisation");
        Assert.Contains("Københavns Kommune", organisations);
        Assert.DoesNotContain("København Kommune", organisations);

        // The backlog's values and keys.
        var backlog = await services.GetRequiredService<BacklogStore>().LoadAsync(team, default);
        Assert.Equal("Københavns", backlog.Wishes.Single(w => w.Number == 1).Municipality);
        Assert.Equal("Vesthimmerlands", backlog.Wishes.Single(w => w.Number == 2).Municipality);
        Assert.Contains("Københavns", backlog.Items.Single(i => i.Number == 1).Municipalities);
        Assert.Equal(["Københavns"], backlog.Supports.Where(s => s.WishNumber == 2).Select(s => s.Municipality));
        var keys = await KeysAsync(tables, TableNames.Backlog);
        Assert.Contains("s|000002|Københavns", keys);
        Assert.Contains("s|000001|Vesthimmerlands", keys);
        Assert.DoesNotContain(keys, k => k.EndsWith("|København", StringComparison.Ordinal) || k.EndsWith("|Vesthimmerland", StringComparison.Ordinal));
        Assert.Contains(await services.GetRequiredService<OnboardingStore>().ListAsync(team, default), o => o.Details.Municipality == "Københavns");

        // Ida of Copenhagen supports the wish her municipality supports already: still one support, under its one key.
        await fixture.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "2", ["lang"] = "da" }, "aad-kommune-1", "Ida Iversen");
        Assert.Single(await services.GetRequiredService<BacklogStore>().SupportsAsync(team, 2, default), s => s.Municipality == "Københavns");
        var roles = await fixture.SayAsync("roller");
        Assert.Contains("Københavns Kommune", roles, StringComparison.Ordinal);
        Assert.DoesNotContain("København Kommune", roles, StringComparison.Ordinal);

        // The step again, as an upgrade stopped and started over would run it: nothing changes.
        var before = await RowsAsync(fixture);
        await new StoreLayoutRow(tables, TimeProvider.System).WriteAsync(4, "test", default);
        await new StoreUpgrader(tables, new StoreLayoutRow(tables, TimeProvider.System), new LeaseStore(tables), TimeProvider.System,
            NullLogger<StoreUpgrader>.Instance).BringForwardAsync(default);
        Assert.Equal(before, await RowsAsync(fixture));
    }

    /// <summary>Odense's rows become Copenhagen's and Vejle's Vesthimmerland's, in the shapes release 4 wrote.</summary>
    private static async Task AsReleaseFourWouldHaveStoredCopenhagenAsync(StorageTables tables)
    {
        foreach (var name in new[] { TableNames.Members, TableNames.Backlog, TableNames.Onboardings, TableNames.Dialogs, TableNames.StatusReports })
        {
            var table = tables[name];
            await foreach (var row in table.QueryAsync<TableEntity>())
            {
                var copy = new TableEntity(row.PartitionKey, Renamed(row.RowKey, "|"));
                foreach (var (key, value) in row.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
                {
                    copy[key] = value switch
                    {
                        "Odense Kommune" => "København Kommune",
                        string json when key == "Json" => Renamed(json, "\""),
                        _ => value,
                    };
                }

                await table.UpsertEntityAsync(copy, TableUpdateMode.Replace);
                if (copy.RowKey != row.RowKey)
                {
                    await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
                }
            }
        }
    }

    // "Odense" after a separator (a key's last part, or a JSON string) as release 4 stored Copenhagen: "København".
    private static string Renamed(string text, string before)
    {
        var after = before == "|" ? string.Empty : before;
        var renamed = text.Replace($"{before}Odense{after}", $"{before}København{after}", StringComparison.Ordinal)
            .Replace($"{before}Vejle{after}", $"{before}Vesthimmerland{after}", StringComparison.Ordinal);
        return before == "|" && !text.StartsWith("s|", StringComparison.Ordinal) ? text : renamed;
    }

    private static async Task<List<string>> KeysAsync(StorageTables tables, string table)
    {
        var keys = new List<string>();
        await foreach (var row in tables[table].QueryAsync<TableEntity>(select: ["PartitionKey", "RowKey"]))
        {
            keys.Add(row.RowKey);
        }

        return keys;
    }

    private static async Task<List<string>> ValuesAsync(StorageTables tables, string table, string property)
    {
        var values = new List<string>();
        await foreach (var row in tables[table].QueryAsync<TableEntity>())
        {
            if (row.GetString(property) is { } value)
            {
                values.Add(value);
            }
        }

        return values;
    }

    private static async Task<List<string>> RowsAsync(ReleaseFixture fixture) =>
        [.. (await fixture.RowsAsync()).Where(r => !r.StartsWith($"{TableNames.Settings} ", StringComparison.Ordinal))];
}
