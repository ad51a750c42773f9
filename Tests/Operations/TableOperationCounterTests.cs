namespace CoordinatorBot.Tests.Operations;

/// <summary>The counter in the table client's pipeline: what the turn benchmark and the turn budgets read.</summary>
[Trait("Category", "Integration")]
public sealed class TableOperationCounterTests() : BotFeatureTests(hostedScheduler: false)
{
    private TableOperationCounter Counter => Service<TableOperationCounter>();

    [Fact]
    public async Task One_table_call_counts_once()
    {
        var before = Counter.Count;

        await Service<CommunityStore>().GetAsync("19:nobody@thread.tacv2", default);

        Assert.Equal(before + 1, Counter.Count);
    }

    [Fact]
    public async Task A_query_counts_as_a_query_and_a_point_read_does_not()
    {
        var (operations, queries) = (Counter.Count, Counter.Queries);

        await Service<CommunityStore>().GetAsync("19:nobody@thread.tacv2", default);
        await Service<MemberStore>().ListAsync("19:nobody@thread.tacv2", default);

        Assert.Equal((operations + 2, queries + 1), (Counter.Count, Counter.Queries));
    }

    [Fact]
    public async Task A_turn_counts_every_table_call_it_makes()
    {
        await Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));
        var before = Counter.Count;

        var response = await Harness.PostAsync(ActivityBuilder.ChannelMessage(Harness.ServiceUrl, "beslutninger"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // At least: the redelivery claim, and reading the decision log.
        Assert.True(Counter.Count - before >= 2, $"{Counter.Count - before} table operations for the decision log's turn");
    }
}
