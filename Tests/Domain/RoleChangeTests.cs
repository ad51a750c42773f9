namespace CoordinatorBot.Tests.Domain;

[Trait("Category", "Unit")]
public sealed class RoleChangeTests
{
    private static readonly Member Coordinator = new("aad-k", "Karen", new HashSet<Role> { Role.Coordinator }, null);
    private static readonly Member Supplier = new("aad-s", "Sune", new HashSet<Role> { Role.Supplier }, null, Supplier: "Magenta ApS");

    [Fact]
    public void The_coordinator_assigns_a_role_and_keeps_the_persons_other_roles()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator, Supplier], "aad-k", Supplier, new TeamMember("aad-s", "Sune"), Role.SteeringGroup, null, null);

        Assert.Equal(RoleChangeOutcome.Changed, outcome);
        Assert.Equal(new[] { Role.SteeringGroup, Role.Supplier }.Order(), result!.Roles.Order());
    }

    [Fact]
    public void Someone_who_is_not_coordinator_cannot_assign_even_to_themselves()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator, Supplier], "aad-s", Supplier, new TeamMember("aad-s", "Sune"), Role.Coordinator, null, null);

        Assert.Equal(RoleChangeOutcome.NotCoordinator, outcome);
        Assert.Same(Supplier, result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void The_municipality_role_needs_the_municipalitys_name(string? municipality)
    {
        var (outcome, _) = RoleChange.Assign([Coordinator], "aad-k", null, new TeamMember("aad-m", "Mette"), Role.Municipality, municipality, null);

        Assert.Equal(RoleChangeOutcome.MunicipalityRequired, outcome);
    }

    [Fact]
    public void A_new_member_gets_the_municipality_role_with_its_name()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator], "aad-k", null, new TeamMember("aad-m", "Mette"), Role.Municipality, " Aarhus Kommune ", null);

        Assert.Equal(RoleChangeOutcome.Changed, outcome);
        Assert.Equal("Aarhus Kommune", result!.Municipality);
        Assert.Equal("Mette", result.Name);
    }

    [Fact]
    public void Assigning_a_role_someone_already_holds_changes_nothing()
    {
        Assert.Equal(RoleChangeOutcome.Unchanged,
            RoleChange.Assign([Coordinator, Supplier], "aad-k", Supplier, new TeamMember("aad-s", "Sune"), Role.Supplier, null, "Magenta ApS").Outcome);
    }

    [Fact]
    public void The_last_coordinator_cannot_be_removed_but_one_of_two_can()
    {
        var second = new Member("aad-2", "Anders", new HashSet<Role> { Role.Coordinator }, null);

        Assert.Equal(RoleChangeOutcome.LastCoordinator, RoleChange.Remove([Coordinator], "aad-k", Coordinator, Role.Coordinator).Outcome);
        var (outcome, result) = RoleChange.Remove([Coordinator, second], "aad-k", Coordinator, Role.Coordinator);
        Assert.Equal(RoleChangeOutcome.Changed, outcome);
        Assert.Empty(result!.Roles);
    }

    [Fact]
    public void Removing_the_municipality_role_forgets_the_municipality()
    {
        var mette = new Member("aad-m", "Mette", new HashSet<Role> { Role.Municipality, Role.SteeringGroup }, "Aarhus Kommune");

        var (_, result) = RoleChange.Remove([Coordinator, mette], "aad-k", mette, Role.Municipality);

        Assert.Null(result!.Municipality);
        Assert.Equal([Role.SteeringGroup], result.Roles);
    }
    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("Et meget langt firmanavn der bliver ved og ved og ved og ved og ved og ved og ved ApS")]
    public void The_supplier_role_needs_the_suppliers_company_name(string? supplier)
    {
        var (outcome, result) = RoleChange.Assign([Coordinator], "aad-k", null, new TeamMember("aad-b", "Bo"), Role.Supplier, "Aarhus", supplier);

        Assert.Equal(RoleChangeOutcome.SupplierRequired, outcome);
        Assert.Null(result);
    }

    [Fact]
    public void A_new_member_gets_the_supplier_role_with_the_company_and_no_municipality()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator], "aad-k", null, new TeamMember("aad-b", "Bo"), Role.Supplier, "Aarhus", " Magenta ApS ");

        Assert.Equal(RoleChangeOutcome.Changed, outcome);
        Assert.Equal(("Magenta ApS", (string?)null), (result!.Supplier, result.Municipality));
    }

    [Fact]
    public void Giving_a_supplier_another_company_changes_it()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator, Supplier], "aad-k", Supplier, new TeamMember("aad-s", "Sune"), Role.Supplier, null, "Netcompany");

        Assert.Equal(RoleChangeOutcome.Changed, outcome);
        Assert.Equal("Netcompany", result!.Supplier);
    }

    [Fact]
    public void Another_role_keeps_the_persons_supplier()
    {
        var (_, result) = RoleChange.Assign([Coordinator, Supplier], "aad-k", Supplier, new TeamMember("aad-s", "Sune"), Role.CoordinationGroup, null, null);

        Assert.Equal("Magenta ApS", result!.Supplier);
    }

    [Fact]
    public void Removing_the_supplier_role_forgets_the_supplier()
    {
        var (outcome, result) = RoleChange.Remove([Coordinator, Supplier], "aad-k", Supplier, Role.Supplier);

        Assert.Equal(RoleChangeOutcome.Changed, outcome);
        Assert.Null(result!.Supplier);
        Assert.Empty(result.Roles);
    }

    [Fact]
    public void A_supplier_cannot_give_themselves_another_company()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator, Supplier], "aad-s", Supplier, new TeamMember("aad-s", "Sune"), Role.Supplier, null, "Netcompany");

        Assert.Equal(RoleChangeOutcome.NotCoordinator, outcome);
        Assert.Same(Supplier, result);
    }
}
