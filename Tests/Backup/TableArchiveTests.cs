namespace CoordinatorBot.Tests.Backup;

/// <summary>The archive against Azurite: every property type survives a round trip; a restore refuses what it must.</summary>
[Trait("Category", "Integration")]
public sealed class TableArchiveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("archive").FullName;

    [Theory]
    [InlineData("backup.zip")]
    [InlineData("backup")]
    public async Task Every_row_comes_back_with_its_types(string name)
    {
        var source = await NewStoreAsync();
        var row = new TableEntity(TableKey.Escape("19:team/a#b?c"), "row%1")
        {
            ["Text"] = "Styregruppemøde\nlinje 2 — \"citat\"", ["Flag"] = true, ["Small"] = 42, ["Big"] = 1L << 40,
            ["Ratio"] = 0.5, ["Whole"] = 2.0, ["At"] = new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.FromHours(1)),
            ["Id"] = Guid.Parse("0b9e2d0c-7c1d-4d8e-9a57-1f3e5b6c7d8e"), ["Bytes"] = new byte[] { 0, 1, 254, 255 },
        };
        await source.Tables[TableNames.Decisions].AddEntityAsync(row);
        await source.Tables[TableNames.Members].AddEntityAsync(new TableEntity("p", "r") { ["Roles"] = "Coordinator" });

        var path = Path.Combine(_folder, name);
        await using (var archive = ArchiveWriter.Create(path))
        {
            await source.Backup.WriteAsync(archive, null, default);
        }

        var target = await NewStoreAsync(create: false);
        using (var archive = ArchiveReader.Open(path))
        {
            var restored = await target.Restore.RestoreAsync(archive, replace: false, default);
            Assert.Equal(1, restored.Single(t => t.Name == TableNames.Decisions).Rows);
        }

        var back = (await target.Tables[TableNames.Decisions].GetEntityAsync<TableEntity>(row.PartitionKey, row.RowKey)).Value;
        foreach (var (key, value) in row.Where(p => p.Key is not ("odata.etag" or "Timestamp")))
        {
            Assert.Equal(value, back[key]);
        }

        Assert.IsType<long>(back["Big"]);
        Assert.IsType<double>(back["Whole"]);
        Assert.Equal("Coordinator", (await target.Tables[TableNames.Members].GetEntityAsync<TableEntity>("p", "r")).Value["Roles"]);
    }

    [Fact]
    public async Task A_restore_into_an_account_that_holds_rows_is_refused_unless_told()
    {
        var store = await NewStoreAsync();
        await store.Tables[TableNames.Tasks].AddEntityAsync(new TableEntity("c", "t|1") { ["Json"] = "{}" });
        var path = Path.Combine(_folder, "tasks.zip");
        await using (var archive = ArchiveWriter.Create(path))
        {
            await store.Backup.WriteAsync(archive, null, default);
        }

        using var reader = ArchiveReader.Open(path);
        var refused = await Assert.ThrowsAsync<RestoreRefusedException>(() => store.Restore.RestoreAsync(reader, replace: false, default));
        Assert.Contains(TableNames.Tasks, refused.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Message, StringComparison.Ordinal);

        await store.Tables[TableNames.Tasks].UpsertEntityAsync(new TableEntity("c", "t|1") { ["Json"] = "{\"changed\":true}" });
        await store.Restore.RestoreAsync(reader, replace: true, default);
        Assert.Equal("{}", (await store.Tables[TableNames.Tasks].GetEntityAsync<TableEntity>("c", "t|1")).Value["Json"]);
    }

    [Fact]
    public async Task An_archive_of_a_newer_layout_is_refused_with_what_to_do()
    {
        var path = Path.Combine(_folder, "newer");
        await using (var archive = ArchiveWriter.Create(path))
        {
            await archive.WriteHeaderAsync(new ArchiveHeader(TableArchive.Format, "9.0.0", StoreLayout.Current + 1, DateTimeOffset.UtcNow, null, []), default);
        }

        var target = await NewStoreAsync(create: false);
        using var reader = ArchiveReader.Open(path);
        var refused = await Assert.ThrowsAsync<RestoreRefusedException>(() => target.Restore.RestoreAsync(reader, replace: false, default));
        Assert.Contains("9.0.0", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await target.Tables.ExistingAsync(LayoutHistory.AllTables, default));
    }

    [Fact]
    public async Task One_communitys_archive_holds_its_rows_and_no_others()
    {
        var store = await NewStoreAsync();
        await store.Tables[TableNames.Decisions].AddEntityAsync(new TableEntity(TableKey.Escape("team/a"), "1") { ["Json"] = "a" });
        await store.Tables[TableNames.Decisions].AddEntityAsync(new TableEntity(TableKey.Escape("team/b"), "1") { ["Json"] = "b" });
        await store.Tables[TableNames.Outbox].AddEntityAsync(new TableEntity("00", TableKey.Escape("nudge|team/a")) { ["Key"] = "x" });

        var path = Path.Combine(_folder, "a.zip");
        ArchiveHeader header;
        await using (var archive = ArchiveWriter.Create(path))
        {
            header = await store.Backup.WriteAsync(archive, "team/a", default);
        }

        Assert.Equal("team/a", header.Community);
        Assert.Equal(1, header.Tables.Single(t => t.Name == TableNames.Decisions).Rows);
        Assert.DoesNotContain(header.Tables, t => t.Name == TableNames.Outbox);
        using var reader = ArchiveReader.Open(path);
        var rows = await reader.ReadRowsAsync(TableNames.Decisions, default).ToListAsync();
        Assert.Equal("a", Assert.Single(rows)["Json"]);
    }

    [Fact]
    public void A_file_that_is_not_an_archive_is_named_as_such()
    {
        var path = Path.Combine(_folder, "not-an-archive");
        Directory.CreateDirectory(path);
        var refused = Assert.Throws<InvalidDataException>(() => ArchiveReader.Open(path));
        Assert.Contains("archive.json", refused.Message, StringComparison.Ordinal);
    }

    private static async Task<(StorageTables Tables, TableBackup Backup, TableRestore Restore)> NewStoreAsync(bool create = true)
    {
        var tables = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString), TestSettings.NewTablePrefix());
        if (create)
        {
            await tables.CreateAllAsync(default);
        }

        var layout = new StoreLayoutRow(tables, TimeProvider.System);
        return (tables, new TableBackup(tables, layout, TimeProvider.System), new TableRestore(tables, layout));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
