namespace CoordinatorBot.Tests.Features;

/// <summary>The supplier role names the supplier's company, as the coordinator gives it on the roles card.</summary>
[Trait("Category", "Integration")]
public sealed class SupplierRoleFeatureTests() : BotFeatureTests
{
    // Alice adds the bot to the team, so she may save the first setup.
    protected override Task SetUpAsync() => Harness.PostAsync(ActivityBuilder.TeamInstall(Harness.ServiceUrl));

    private MemberStore Members => Service<MemberStore>();

    private async Task SaveSetupAsync()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-bob", "Bob")]);
        await Harness.PressAsync(CardVerbs.SaveSetup, new JsonObject
        {
            ["productName"] = "OS2mo", ["timeZone"] = "Europe/Copenhagen", ["hourBudget"] = "10", ["lang"] = "da",
        });
    }

    [Fact]
    public async Task The_supplier_role_without_the_company_is_refused_politely()
    {
        await SaveSetupAsync();

        var answer = await Harness.PressAsync(CardVerbs.AssignRole, new JsonObject { ["person"] = "aad-bob", ["role"] = "Supplier" });

        Assert.Contains("Skriv leverandørens firmanavn, når du tildeler rollen leverandør.", BotHarness.Text(answer["value"]), StringComparison.Ordinal);
        Assert.Null(await Members.GetAsync(ActivityBuilder.TeamId, "aad-bob", default));
    }

    [Fact]
    public async Task The_supplier_role_keeps_the_company_shows_it_and_enters_the_roles_history()
    {
        await SaveSetupAsync();

        var answer = await Harness.PressAsync(CardVerbs.AssignRole,
            new JsonObject { ["person"] = "aad-bob", ["role"] = "Supplier", ["supplier"] = " Magenta ApS " });

        var text = BotHarness.Text(answer["value"]);
        Assert.Contains("Bob er nu leverandør (Magenta ApS).", text, StringComparison.Ordinal);
        Assert.Contains("Bob (Magenta ApS)", text, StringComparison.Ordinal);
        var input = JsonTree.Objects(answer).Single(o => o["id"]?.GetValue<string>() == RolesCard.SupplierInput);
        Assert.Equal(("Input.Text", RoleChange.MaxSupplierLength), (input["type"]!.GetValue<string>(), input["maxLength"]!.GetValue<int>()));
        Assert.False(string.IsNullOrWhiteSpace(input["label"]?.GetValue<string>()));
        var bob = await Members.GetAsync(ActivityBuilder.TeamId, "aad-bob", default);
        Assert.Equal("Magenta ApS", bob!.Supplier);
        var granted = Assert.Single(await Members.HistoryAsync(ActivityBuilder.TeamId, "aad-bob", default));
        Assert.Equal((Role.Supplier, "Magenta ApS", RoleHistoryChange.Granted, "Alice"), (granted.Role, granted.Organisation, granted.Change, granted.ByName));
    }
}
