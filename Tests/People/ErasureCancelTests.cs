using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.People;

/// <summary>"Slet mine data" asks first; its card has a way out, which erases nothing and leaves nothing to press.</summary>
[Trait("Category", "Integration")]
public sealed class ErasureCancelTests : IAsyncLifetime
{
    private readonly BotHarness _harness = new(hostedScheduler: false);

    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        _harness.Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob")]);
        await _harness.SetUpCommunityAsync();
        await _harness.AddMembersAsync(Role.SteeringGroup, ("aad-bob", "Bob"));
    }

    public Task DisposeAsync() => _harness.DisposeAsync();

    [Fact]
    public async Task Cancelling_the_erasure_erases_nothing_and_says_so()
    {
        Assert.Equal(HttpStatusCode.OK, (await _harness.PostAsync(TrustActivities.PersonalMessage(_harness.ServiceUrl, "slet mine data", "aad-bob", "Bob"))).StatusCode);
        var confirm = _harness.Connector.Sent("POST").Last().Cards().Single();
        var cancel = confirm["actions"]!.AsArray().OfType<JsonObject>().Single(a => a["title"]!.GetValue<string>() == "Nej, behold dem");

        var response = await _harness.PostAsync(TrustActivities.PersonalExecute(_harness.ServiceUrl, CardVerbs.DataEraseCancel,
            (JsonObject)cancel["data"]!.DeepClone(), "aad-bob", "Bob"));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Contains("Intet er slettet.", TrustActivities.Read(answer), StringComparison.Ordinal);
        Assert.Null(answer["value"]!["actions"]);
        Assert.True((await _harness.Service<MemberStore>().GetAsync(ActivityBuilder.TeamId, "aad-bob", default))!
            .Holds(Role.SteeringGroup));
    }
}
