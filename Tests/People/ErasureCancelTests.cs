using CoordinatorBot.Tests.Trust;

namespace CoordinatorBot.Tests.People;

/// <summary>"Slet mine data" asks first; its card has a way out, which erases nothing and leaves nothing to press.</summary>
[Trait("Category", "Integration")]
public sealed class ErasureCancelTests() : BotFeatureTests(hostedScheduler: false)
{
    protected override Task SetUpAsync() => Harness.SetUpSteeringGroupAsync(("aad-bob", "Bob"));

    [Fact]
    public async Task Cancelling_the_erasure_erases_nothing_and_says_so()
    {
        Assert.Equal(HttpStatusCode.OK, (await Harness.PostAsync(TrustActivities.PersonalMessage(Harness.ServiceUrl, "slet mine data", "aad-bob", "Bob"))).StatusCode);
        var confirm = Connector.Sent("POST").Last().Cards().Single();
        var cancel = confirm["actions"]!.AsArray().OfType<JsonObject>().Single(a => a["title"]!.GetValue<string>() == "Nej, behold dem");

        var response = await Harness.PostAsync(TrustActivities.PersonalExecute(Harness.ServiceUrl, CardVerbs.DataEraseCancel,
            (JsonObject)cancel["data"]!.DeepClone(), "aad-bob", "Bob"));
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Contains("Intet er slettet.", TrustActivities.Read(answer), StringComparison.Ordinal);
        Assert.Null(answer["value"]!["actions"]);
        Assert.True((await Service<MemberStore>().GetAsync(ActivityBuilder.TeamId, "aad-bob", default))!
            .Holds(Role.SteeringGroup));
    }
}
