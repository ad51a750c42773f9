using System.Diagnostics;

namespace CoordinatorBot.Tests.Search;

/// <summary>Table Storage cut away under a search: Teams gets the compose box's own answer in time, never an error status.</summary>
[Trait("Category", "Integration")]
public sealed class SearchOutageTests : IAsyncLifetime
{
    private readonly StorageLine _line = StorageLine.Start(TestSettings.StorageConnectionString);
    private readonly BotHarness _harness;

    public SearchOutageTests() => _harness = new BotHarness(null,
        new Dictionary<string, string?> { ["Storage:ConnectionString"] = _line.ConnectionString }, hostedScheduler: false);

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        await _harness.SetUpCommunityAsync();
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _line.DisposeAsync();
    }

    [Theory]
    [InlineData("composeExtension/query", "da-DK", "Jeg kan ikke søge lige nu. Prøv igen om lidt.")]
    [InlineData("composeExtension/queryLink", "en-US", "I cannot search right now. Try again in a moment.")]
    public async Task A_search_or_a_link_while_storage_is_away_is_told_so_within_the_bound(string invoke, string locale, string told)
    {
        JsonNode value = invoke == "composeExtension/query"
            ? new JsonObject { ["commandId"] = "searchRecords", ["parameters"] = new JsonArray(new JsonObject { ["name"] = "query", ["value"] = "budget" }) }
            : new JsonObject { ["url"] = $"https://bot.example.dk/r/{Uri.EscapeDataString(ActivityBuilder.TeamId)}/decision/B-2026-001" };
        _line.Refuse();

        var clock = Stopwatch.StartNew();
        using var response = await _harness.PostAsync(ComposeActivities.Invoke(_harness.ServiceUrl, invoke, value, "aad-alice", "Alice", locale));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Teams' own bound for a message extension's answer (PROTOCOL.md: 5 s); the turn's storage budget is 3 s, and
        // this is the process's first search, compiled as it runs (it took 4.5 s once on a loaded machine).
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Assert.Equal("message", answer["composeExtension"]!["type"]!.GetValue<string>());
        Assert.Equal(told, answer["composeExtension"]!["text"]!.GetValue<string>());

        _line.Restore();
        var again = await _harness.PostAsync(ComposeActivities.Query(_harness.ServiceUrl, "budget", "aad-alice", "Alice"));
        Assert.Equal("result", JsonNode.Parse(await again.Content.ReadAsStringAsync())!["composeExtension"]!["type"]!.GetValue<string>());
    }
}
