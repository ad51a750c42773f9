using Azure.Storage.Blobs;

namespace CoordinatorBot.Tests.Backup;

/// <summary>
/// The nightly backup, as the scheduler runs it, into Azurite's blob service: one archive a day, after its hour, that
/// restores into empty tables with every row; a day that has its archive is not written again.
/// </summary>
[Trait("Category", "Integration")]
public sealed class NightlyBackupTests
{
    [Fact]
    public async Task After_its_hour_the_day_gets_one_archive_that_restores_every_row()
    {
        var container = $"backups-{Guid.NewGuid():N}"[..30];
        await using var harness = new BotHarness(settings: new Dictionary<string, string?>
        {
            ["Backup:ConnectionString"] = TestSettings.BlobConnectionString, ["Backup:Container"] = container, ["Backup:At"] = "02:00",
        }, hostedScheduler: false);
        await harness.InitializeAsync();
        await harness.SetUpCommunityAsync();
        var job = harness.Bot.Services.GetServices<IScheduledJob>().OfType<BackupJob>().Single();
        var blobs = new BlobServiceClient(TestSettings.BlobConnectionString).GetBlobContainerClient(container);
        var day = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

        await job.RunAsync(day.AddHours(1), default);
        Assert.False(await blobs.ExistsAsync());

        await job.RunAsync(day.AddHours(2), default);
        var blob = blobs.GetBlobClient("coordinatorbot-2026-12-07.zip");
        var written = (await blob.GetPropertiesAsync()).Value.ETag;
        await job.RunAsync(day.AddHours(3), default);
        Assert.Equal(written, (await blob.GetPropertiesAsync()).Value.ETag);

        var file = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.zip");
        try
        {
            await blob.DownloadToAsync(file);
            using var archive = ArchiveReader.Open(file);
            Assert.Equal(StoreLayout.Current, archive.Header.Layout);
            var target = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString), TestSettings.NewTablePrefix());
            var restored = await new TableRestore(target, new StoreLayoutRow(target, TimeProvider.System)).RestoreAsync(archive, replace: false, default);

            var source = harness.Bot.Services.GetRequiredService<StorageTables>();
            foreach (var table in restored)
            {
                var rows = 0;
                await foreach (var _ in source[table.Name].QueryAsync<TableEntity>(select: ["PartitionKey"]))
                {
                    rows++;
                }

                Assert.Equal(rows, table.Rows);
            }

            Assert.Contains(restored, t => t.Name == TableNames.Communities && t.Rows == 1);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
