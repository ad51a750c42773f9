namespace CoordinatorBot.Tests.Backlog;

/// <summary>
/// What a "Prioritér" reads (counted per table in the pipeline): a press on an item already past New is answered from
/// the instance's reading of the last seconds, with nothing read; a press on a new item reads the board and writes.
/// </summary>
[Trait("Category", "Integration")]
public sealed class PrioritiseReadsTests() : BotFeatureTests(TableRequests.Install, hostedScheduler: false)
{
    private TableRequests Requests => Service<TableRequests>();

    protected override async Task SetUpAsync()
    {
        await BacklogPeople.SetUpAsync(Harness, budgetHours: "400");
        foreach (var (number, title) in new[] { (1, "Login med MitID"), (2, "Eksport til Excel") })
        {
            await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish(title), "aad-ida", "Ida");
            await Harness.PressAsync(CardVerbs.WishAccept, new JsonObject
            {
                ["wish"] = $"{number}", [$"moscow.{number}"] = "Must", [$"hours.{number}"] = "10", [$"supplier.{number}"] = "Magenta ApS",
                [$"criteria.{number}"] = "Det virker",
            }, "aad-kim", "Kim");
        }
    }

    [Fact]
    public async Task A_press_on_a_prioritised_item_reads_nothing_and_one_on_a_new_item_reads_the_board()
    {
        var first = await PrioritiseAsync("1");
        Assert.Contains("#1 har nu status Prioriteret.", first, StringComparison.Ordinal);

        // The board as written is the instance's reading: pressing it again reads nothing.
        var before = Requests.Count;
        Assert.Contains("#1 har nu status Prioriteret.", await PrioritiseAsync("1"), StringComparison.Ordinal);
        Assert.Equal(0, Requests.Queries(TableNames.Backlog, before) + Requests.PointReads(TableNames.Backlog, before));

        // Any other change of the backlog here drops that reading: the next press reads the board once.
        await Service<BacklogStore>().UpdateItemAsync(TeamId, 2, i => i with { Title = "Eksport til Excel og CSV" }, default);
        before = Requests.Count;
        Assert.Contains("#1 har nu status Prioriteret.", await PrioritiseAsync("1"), StringComparison.Ordinal);
        Assert.Equal(1, Requests.Queries(TableNames.Backlog, before));

        // Item 2 is new in that same reading: it is read afresh before it is prioritised.
        before = Requests.Count;
        Assert.Contains("#2 har nu status Prioriteret.", await PrioritiseAsync("2"), StringComparison.Ordinal);
        Assert.Equal(1, Requests.Queries(TableNames.Backlog, before));
        Assert.Equal(ItemStatus.Prioritised, (await Service<BacklogStore>().GetItemAsync(TeamId, 2, default))!.Status);
    }

    private async Task<string> PrioritiseAsync(string item) =>
        BotHarness.Text(await Harness.PressAsync(CardVerbs.ItemPrioritise, new JsonObject { ["item"] = item, ["lang"] = "da" }, "aad-kim", "Kim"));
}
