namespace CoordinatorBot.Tests.Operations;

/// <summary>
/// The bot's own process stopped by SIGTERM (as App Service stops an instance) while Table Storage is away: it ends
/// with exit code 0, saying in its log that the scheduler's lease runs out by itself.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ShutdownTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_stop_while_storage_is_away_ends_cleanly(bool silent)
    {
        await using var line = StorageLine.Start(TestSettings.StorageConnectionString);
        var prefix = TestSettings.NewTablePrefix();
        await using var bot = await BotProcess.StartAsync(new Dictionary<string, string>
        {
            ["Storage__ConnectionString"] = line.ConnectionString,
            ["Storage__TablePrefix"] = prefix,
            ["Scheduling__Tick"] = "00:00:00.500",
        });
        var leases = new StorageTables(new TableServiceClient(TestSettings.StorageConnectionString), prefix)[TableNames.Leases];
        await Eventually.TrueAsync(async () => (await leases.GetEntityIfExistsAsync<LeaseEntity>("lease", "scheduler")).HasValue,
            "the scheduler holding its lease");

        if (silent)
        {
            line.Silence();
        }
        else
        {
            line.Refuse();
        }

        var exit = await bot.TerminateAsync(within: TimeSpan.FromSeconds(40));

        Assert.True(exit == 0, $"exit code {exit}:\n{bot.Output}");
        Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.Ordinal);
        Assert.Contains("Could not give the scheduler lease up on shutdown", bot.Output, StringComparison.Ordinal);
    }
}
