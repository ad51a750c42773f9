namespace CoordinatorBot.Tests.Domain;

[Trait("Category", "Unit")]
public sealed class RoleHistoryTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static Member Mette(string? municipality, params Role[] roles) => new("aad-m", "Mette", roles.ToHashSet(), municipality);

    [Fact]
    public void A_new_role_is_granted_with_its_municipality()
    {
        var entries = RoleHistory.Between(null, Mette("Aarhus", Role.Municipality), "Karen", At);

        Assert.Equal([new RoleHistoryEntry("aad-m", "Mette", Role.Municipality, "Aarhus", RoleHistoryChange.Granted, "Karen", At)], entries);
    }

    [Fact]
    public void Leaving_ends_every_role_held()
    {
        var entries = RoleHistory.Between(Mette("Aarhus", Role.Municipality, Role.SteeringGroup), null, "Teams", At);

        Assert.Equal([(Role.SteeringGroup, (string?)null), (Role.Municipality, "Aarhus")], entries.Select(e => (e.Role, e.Organisation)));
        Assert.All(entries, e => Assert.Equal((RoleHistoryChange.Ended, "Teams", At), (e.Change, e.ByName, e.At)));
    }

    [Fact]
    public void Moving_to_another_municipality_ends_the_old_and_grants_the_new()
    {
        var entries = RoleHistory.Between(Mette("Aarhus", Role.Municipality), Mette("Odense", Role.Municipality), "Karen", At);

        Assert.Equal([(RoleHistoryChange.Ended, "Aarhus"), (RoleHistoryChange.Granted, "Odense")], entries.Select(e => (e.Change, e.Organisation)));
    }

    [Fact]
    public void A_supplier_role_carries_the_company_and_nothing_changed_records_nothing()
    {
        var sune = new Member("aad-s", "Sune", new HashSet<Role> { Role.Supplier }, null, Supplier: "Magenta ApS");

        Assert.Equal("Magenta ApS", RoleHistory.Between(null, sune, "Karen", At).Single().Organisation);
        Assert.Empty(RoleHistory.Between(sune, sune with { Name = "Sune B." }, "Karen", At));
        Assert.Empty(RoleHistory.Between(null, null, "Karen", At));
    }
}
