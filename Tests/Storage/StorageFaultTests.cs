using System.Diagnostics;
using CoordinatorBot.Storage;

namespace CoordinatorBot.Tests.Storage;

/// <summary>
/// Table Storage cut away under the table client as the bot configures it: the failure is recognised as an outage,
/// and within a turn's budget it comes within that budget whether the account refuses or stays silent.
/// </summary>
[Trait("Category", "Integration")]
public sealed class StorageFaultTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_cut_line_is_an_outage_answered_within_the_turns_budget(bool silent)
    {
        await using var line = StorageLine.Start(TestSettings.StorageConnectionString);
        using var services = Services(line.ConnectionString);
        var tables = services.GetRequiredService<StorageTables>();
        await tables[TableNames.Settings].CreateIfNotExistsAsync();
        if (silent)
        {
            line.Silence();
        }
        else
        {
            line.Refuse();
        }

        var clock = Stopwatch.StartNew();
        Exception failure;
        using (services.GetRequiredService<StorageBudget>().Begin(Budget))
        {
            failure = await Assert.ThrowsAnyAsync<Exception>(() =>
                tables[TableNames.Settings].GetEntityIfExistsAsync<TableEntity>("p", "r"));
        }

        Assert.True(StorageFault.Is(failure), failure.ToString());
        // Within the budget, give or take a busy machine: in the first minute of a test run on two cores, with every test
        // class starting, the answer can come seconds late (a fresh clone's run saw 4.1 s against a budget of 2 s).
        // Without the budget the client's own limits take 10 s a try.
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Budget + TimeSpan.FromSeconds(3));

        line.Restore();
        var back = await tables[TableNames.Settings].GetEntityIfExistsAsync<TableEntity>("p", "r");
        Assert.False(back.HasValue);
    }

    [Fact]
    public async Task Without_a_budget_a_silent_account_fails_after_the_clients_own_limits()
    {
        await using var line = StorageLine.Start(TestSettings.StorageConnectionString);
        using var services = Services(line.ConnectionString, ("Storage:NetworkTimeout", "00:00:00.500"), ("Storage:MaxRetries", "1"));
        var tables = services.GetRequiredService<StorageTables>();
        line.Silence();

        var clock = Stopwatch.StartNew();
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => tables[TableNames.Settings].GetEntityIfExistsAsync<TableEntity>("p", "r"));

        Assert.True(StorageFault.Is(failure), failure.ToString());
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3));
    }

    [Theory]
    [InlineData(404, false)]
    [InlineData(409, false)]
    [InlineData(412, false)]
    [InlineData(503, true)]
    [InlineData(0, true)]
    public void An_answer_is_no_outage_and_no_answer_is(int status, bool outage) =>
        Assert.Equal(outage, StorageFault.Is(new Azure.RequestFailedException(status, "x")));

    [Fact]
    public void A_connection_lost_while_reading_is_an_outage_however_it_is_passed_on()
    {
        Assert.True(StorageFault.Is(new IOException("The response ended prematurely.")));
        Assert.True(StorageFault.Is(new InvalidOperationException("wrapped", new Azure.RequestFailedException(0, "x"))));
        Assert.True(StorageFault.Is(new AggregateException(new Azure.RequestFailedException(503, "x"), new IOException("reset"))));
        Assert.False(StorageFault.Is(new InvalidOperationException("wrapped", new Azure.RequestFailedException(409, "x"))));
        Assert.False(StorageFault.Is(new AggregateException(new IOException("reset"), new FormatException("bad"))));
        Assert.False(StorageFault.Is(new OperationCanceledException(), new CancellationToken(canceled: true)));
    }

    private static ServiceProvider Services(string connectionString, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = connectionString,
            ["Storage:TablePrefix"] = TestSettings.NewTablePrefix(),
        }.Concat(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))).Build();
        return new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
    }
}
