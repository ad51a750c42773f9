namespace CoordinatorBot.Tests.Features;

/// <summary>
/// The municipalities' official names on the roles card through the running bot: the list one types to filter finds
/// a municipality by the spellings people still use, and a refused assignment keeps what else was chosen.
/// </summary>
[Trait("Category", "Integration")]
public sealed class MunicipalityNamesFeatureTests() : BotFeatureTests
{
    private MemberStore Members => Service<MemberStore>();

    protected override async Task SetUpAsync()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-carl", "Carl"), ("aad-dora", "Dora")]);
        await Harness.SetUpCommunityAsync();
    }

    [Theory]
    [InlineData("Århus", "Aarhus Kommune")]
    [InlineData("Kjøbenhavn", "Københavns Kommune")]
    [InlineData("Copenhagen", "Københavns Kommune")]
    [InlineData("københavn", "Københavns Kommune")]
    [InlineData("Høje Taastrup", "Høje-Taastrup Kommune")]
    [InlineData("Vesthimmerland", "Vesthimmerlands Kommune")]
    [InlineData("Bornholm", "Bornholms Regionskommune")]
    public async Task Typing_an_other_spelling_in_the_roles_list_filters_to_its_municipality(string typed, string official)
    {
        var list = MunicipalityList(await RolesCardAsync());

        // As Teams filters a "filtered" list: the choices whose title holds what was typed, whatever the case.
        var shown = list.Where(c => c.Title.Contains(typed, StringComparison.CurrentCultureIgnoreCase)).ToList();

        var choice = Assert.Single(shown);
        Assert.StartsWith(official, choice.Title, StringComparison.Ordinal);
        Assert.Equal(official, choice.Value);
    }

    [Fact]
    public async Task The_list_holds_the_98_official_names_and_no_wrong_one()
    {
        var list = MunicipalityList(await RolesCardAsync());

        Assert.Equal(98, list.Count);
        Assert.Contains(list, c => c.Value == "Københavns Kommune");
        Assert.Contains(list, c => c.Value == "Vesthimmerlands Kommune");
        Assert.DoesNotContain(list, c => c.Value is "København Kommune" or "Vesthimmerland Kommune");
    }

    [Fact]
    public async Task A_refused_municipality_brings_the_form_back_open_with_the_person_and_role_chosen()
    {
        var refused = await AssignRoleAsync(new JsonObject { ["person"] = "aad-carl", ["role"] = "Municipality", ["supplier"] = "" });

        Assert.Contains("Vælg kommunen", BotHarness.Text(refused), StringComparison.Ordinal);
        AssertPersonAndMunicipalityRoleKept(refused, "aad-carl");
        Assert.Contains(refused["body"]!.AsArray().OfType<JsonObject>(), e => e["type"]?.GetValue<string>() == "ActionSet" &&
            e["actions"]![0]!["verb"]?.GetValue<string>() == CardVerbs.AssignRole);

        // Only the municipality is chosen again, by an old spelling.
        var done = await AssignRoleAsync(new JsonObject { ["person"] = "aad-carl", ["role"] = "Municipality", ["municipality"] = "Kjøbenhavn" });
        Assert.Contains("Carl er nu kontaktperson for Københavns Kommune.", BotHarness.Text(done), StringComparison.Ordinal);
        Assert.Equal("Københavns Kommune", (await Members.GetAsync(ActivityBuilder.TeamId, "aad-carl", default))!.Municipality);
    }

    [Fact]
    public async Task An_unknown_municipality_keeps_the_person_role_and_supplier_and_offers_close_names()
    {
        var refused = await AssignRoleAsync(new JsonObject { ["person"] = "aad-dora", ["role"] = "Municipality", ["municipality"] = "Frederiks" });

        Assert.Contains("Mente du Frederiksberg Kommune", BotHarness.Text(refused), StringComparison.Ordinal);
        AssertPersonAndMunicipalityRoleKept(refused, "aad-dora");
        Assert.Null(await Members.GetAsync(ActivityBuilder.TeamId, "aad-dora", default));
    }

    private async Task<JsonNode> AssignRoleAsync(JsonObject data) => (await Harness.PressAsync(CardVerbs.AssignRole, data))["value"]!;

    /// <summary>A refused assignment brings the form back with the person and the Municipality role still chosen.</summary>
    private static void AssertPersonAndMunicipalityRoleKept(JsonNode refused, string person)
    {
        var inputs = Inputs(refused["body"]!);
        Assert.Equal(person, inputs["person"]["value"]?.GetValue<string>());
        Assert.Equal("Municipality", inputs["role"]["value"]?.GetValue<string>());
    }

    private async Task<JsonNode> RolesCardAsync() =>
        (await Harness.PressAsync(CardVerbs.RunCommand, new JsonObject { ["command"] = CommandIds.Roles }))["value"]!;

    private static List<(string Title, string Value)> MunicipalityList(JsonNode card) =>
        [.. JsonTree.Objects(card).First(o => o["id"]?.GetValue<string>() == "municipality")["choices"]!.AsArray()
            .Select(c => (c!["title"]!.GetValue<string>(), c["value"]!.GetValue<string>()))];

    /// <summary>The inputs of a card's body by id (not those inside a ShowCard).</summary>
    private static Dictionary<string, JsonObject> Inputs(JsonNode body) =>
        body.AsArray().OfType<JsonObject>().Where(e => e["id"] is not null).ToDictionary(e => e["id"]!.GetValue<string>());
}
