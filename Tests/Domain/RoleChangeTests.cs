using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Tests.Domain;

[Trait("Category", "Unit")]
public sealed class RoleChangeTests
{
    private static readonly Member Coordinator = new("aad-k", "Karen", new HashSet<Role> { Role.Coordinator }, null);
    private static readonly Member Supplier = new("aad-s", "Sune", new HashSet<Role> { Role.Supplier }, null);

    [Fact]
    public void Anyone_may_set_up_a_community_without_a_coordinator_and_then_only_the_coordinator()
    {
        Assert.True(RoleChange.MaySetUp([], "aad-anyone"));
        Assert.True(RoleChange.MaySetUp([Supplier], "aad-s"));
        Assert.True(RoleChange.MaySetUp([Coordinator, Supplier], "aad-k"));
        Assert.False(RoleChange.MaySetUp([Coordinator, Supplier], "aad-s"));
    }

    [Fact]
    public void The_coordinator_assigns_a_role_and_keeps_the_persons_other_roles()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator, Supplier], "aad-k", Supplier, new TeamMember("aad-s", "Sune"), Role.SteeringGroup, null);

        Assert.Equal(RoleChangeOutcome.Changed, outcome);
        Assert.Equal(new[] { Role.SteeringGroup, Role.Supplier }.Order(), result!.Roles.Order());
    }

    [Fact]
    public void Someone_who_is_not_coordinator_cannot_assign_even_to_themselves()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator, Supplier], "aad-s", Supplier, new TeamMember("aad-s", "Sune"), Role.Coordinator, null);

        Assert.Equal(RoleChangeOutcome.NotCoordinator, outcome);
        Assert.Same(Supplier, result);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void The_municipality_role_needs_the_municipalitys_name(string? municipality)
    {
        var (outcome, _) = RoleChange.Assign([Coordinator], "aad-k", null, new TeamMember("aad-m", "Mette"), Role.Municipality, municipality);

        Assert.Equal(RoleChangeOutcome.MunicipalityRequired, outcome);
    }

    [Fact]
    public void A_new_member_gets_the_municipality_role_with_its_name()
    {
        var (outcome, result) = RoleChange.Assign([Coordinator], "aad-k", null, new TeamMember("aad-m", "Mette"), Role.Municipality, " Aarhus Kommune ");

        Assert.Equal(RoleChangeOutcome.Changed, outcome);
        Assert.Equal("Aarhus Kommune", result!.Municipality);
        Assert.Equal("Mette", result.Name);
    }

    [Fact]
    public void Assigning_a_role_someone_already_holds_changes_nothing()
    {
        Assert.Equal(RoleChangeOutcome.Unchanged,
            RoleChange.Assign([Coordinator, Supplier], "aad-k", Supplier, new TeamMember("aad-s", "Sune"), Role.Supplier, null).Outcome);
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
}
