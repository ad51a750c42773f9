namespace CoordinatorBot.Tests.Features;

/// <summary>The supplier role names the supplier's company, as the coordinator gives it on the roles card.</summary>
[Trait("Category", "Integration")]
public sealed class SupplierRoleFeatureTests : IAsyncLifetime
{
    private readonly BotHarness _harness = new();

    // Alice adds the bot to the team, so she may save the first setup.
    public async Task InitializeAsync()
    {
        await _harness.InitializeAsync();
        await _harness.PostAsync(ActivityBuilder.TeamInstall(_harness.ServiceUrl));
    }

    public Task DisposeAsync() => _harness.DisposeAsync();

    private MemberStore Members => _harness.Service<MemberStore>();

    private async Task SetUpAsync()
    {
        _harness.Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob")]);
        await _harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
        });
    }

    [Fact]
    public async Task The_supplier_role_without_the_company_is_refused_politely()
    {
        await SetUpAsync();

        var answer = await _harness.PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "Supplier" });

        Assert.Contains("Skriv leverandørens firmanavn, når du tildeler rollen leverandør.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        Assert.Null(await Members.GetAsync(ActivityBuilder.TeamId, "aad-bob", default));
    }

    [Fact]
    public async Task The_supplier_role_keeps_the_company_shows_it_and_enters_the_roles_history()
    {
        await SetUpAsync();

        var answer = await _harness.PressAsync(CardVerbs.AssignRole,
            new JsonObject { ["person"] = "aad-bob", ["role"] = "Supplier", ["supplier"] = " Magenta ApS " });

        var text = BotHarness.Text(answer["value"]);
        Assert.Contains("Bob er nu leverandør (Magenta ApS).", text, StringComparison.Ordinal);
        Assert.Contains("Bob (Magenta ApS)", text, StringComparison.Ordinal);
        var input = Descendants(answer).OfType<JsonObject>().Single(o => o["id"]?.GetValue<string>() == RolesCard.SupplierInput);
        Assert.Equal(("Input.Text", RoleChange.MaxSupplierLength), (input["type"]!.GetValue<string>(), input["maxLength"]!.GetValue<int>()));
        Assert.False(string.IsNullOrWhiteSpace(input["label"]?.GetValue<string>()));
        var bob = await Members.GetAsync(ActivityBuilder.TeamId, "aad-bob", default);
        Assert.Equal("Magenta ApS", bob!.Supplier);
        var granted = Assert.Single(await Members.HistoryAsync(ActivityBuilder.TeamId, "aad-bob", default));
        Assert.Equal((Role.Supplier, "Magenta ApS", RoleHistoryChange.Granted, "Alice"), (granted.Role, granted.Organisation, granted.Change, granted.ByName));
    }
    private static IEnumerable<JsonNode> Descendants(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
