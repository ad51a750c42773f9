namespace CoordinatorBot.Tests.Backlog;

/// <summary>Who may raise, support, triage, merge and move.</summary>
[Trait("Category", "Unit")]
public sealed class BacklogAuthorityTests
{
    private static Member Person(string? municipality = null, string? supplier = null, params Role[] roles) =>
        new("aad-x", "X", roles.ToHashSet(), municipality, null, supplier);

    private static readonly BacklogItem Item = new()
    {
        Number = 1, Title = "Login", Need = "…", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-1",
    };

    [Fact]
    public void A_municipalitys_person_supports_for_their_own_municipality_only()
    {
        var aarhus = Person("Århus", null, Role.Municipality);

        Assert.Equal(BacklogPermission.Allowed, BacklogAuthority.MaySupport(aarhus, "Aarhus"));
        Assert.Equal(BacklogPermission.OtherMunicipality, BacklogAuthority.MaySupport(aarhus, "Odense"));
        Assert.False(BacklogAuthority.IsOnBehalf(aarhus, "Aarhus"));
    }

    [Fact]
    public void The_coordinator_may_support_on_a_municipalitys_behalf_and_others_may_not_support()
    {
        Assert.Equal(BacklogPermission.Allowed, BacklogAuthority.MaySupport(Person(null, null, Role.Coordinator), "Odense"));
        Assert.True(BacklogAuthority.IsOnBehalf(Person(null, null, Role.Coordinator), "Odense"));
        Assert.Equal(BacklogPermission.NoMunicipality, BacklogAuthority.MaySupport(Person(null, null, Role.SteeringGroup), "Odense"));
        Assert.Equal(BacklogPermission.NotAMember, BacklogAuthority.MaySupport(Person(), "Odense"));
        Assert.Equal(BacklogPermission.NotAMember, BacklogAuthority.MaySupport(null, "Odense"));
    }

    [Fact]
    public void Only_the_items_own_supplier_moves_it()
    {
        Assert.Equal(BacklogPermission.Allowed, BacklogAuthority.MayMove(Person(null, "magenta  aps", Role.Supplier), Item));
        Assert.Equal(BacklogPermission.OtherSupplier, BacklogAuthority.MayMove(Person(null, "Netcompany", Role.Supplier), Item));
        Assert.Equal(BacklogPermission.NotSupplier, BacklogAuthority.MayMove(Person(null, null, Role.Coordinator, Role.CoordinationGroup), Item));
        Assert.Equal(BacklogPermission.NotAMember, BacklogAuthority.MayMove(Person(), Item));
    }

    [Fact]
    public void The_coordination_group_triages_and_prioritises_within_its_mandate()
    {
        Assert.Equal(BacklogPermission.Allowed, BacklogAuthority.MayTriage(Person(null, null, Role.CoordinationGroup)));
        Assert.Equal(BacklogPermission.Allowed, BacklogAuthority.MayTriage(Person(null, null, Role.Coordinator)));
        Assert.Equal(BacklogPermission.NotInCoordinationGroup, BacklogAuthority.MayTriage(Person("Aarhus", null, Role.Municipality, Role.SteeringGroup)));
        Assert.Equal(BacklogPermission.BeyondMandate, BacklogAuthority.MayPrioritise(Person(null, null, Role.CoordinationGroup), beyondMandate: true));
        Assert.Equal(BacklogPermission.NotCoordinator, BacklogAuthority.MayMerge(Person(null, null, Role.CoordinationGroup)));
        Assert.Equal(BacklogPermission.NotAMember, BacklogAuthority.MayRaise(Person()));
    }
}
