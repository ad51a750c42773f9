namespace CoordinatorBot.Tests.Domain;

/// <summary>The first setup makes its author coordinator: only a team owner or the person who added the bot, never a guest.</summary>
[Trait("Category", "Unit")]
public sealed class SetupAuthorityTests
{
    private static readonly Member Coordinator = new("aad-k", "Karen", new HashSet<Role> { Role.Coordinator }, null);
    private static readonly Member Supplier = new("aad-s", "Sune", new HashSet<Role> { Role.Supplier }, null, Supplier: "Magenta");

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Before_there_is_a_coordinator_a_team_owner_or_the_installer_saves(bool isTeamOwner, bool isInstaller)
    {
        Assert.Equal(SetupPermission.Allowed, SetupAuthority.MaySave([], "aad-o", isTeamOwner, isInstaller, isGuest: false));
        Assert.Equal(SetupPermission.Allowed, SetupAuthority.MaySave([Supplier], "aad-o", isTeamOwner, isInstaller, isGuest: false));
    }

    [Fact]
    public void Before_there_is_a_coordinator_an_ordinary_member_or_a_supplier_does_not()
    {
        Assert.Equal(SetupPermission.NotOwnerOrInstaller, SetupAuthority.MaySave([], "aad-x", false, false, false));
        Assert.Equal(SetupPermission.NotOwnerOrInstaller, SetupAuthority.MaySave([Supplier], "aad-s", false, false, false));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void A_guest_never_becomes_coordinator_by_setup(bool isTeamOwner, bool isInstaller) =>
        Assert.Equal(SetupPermission.Guest, SetupAuthority.MaySave([], "aad-g", isTeamOwner, isInstaller, isGuest: true));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Nobody_unknown_saves(string? actorId)
    {
        Assert.NotEqual(SetupPermission.Allowed, SetupAuthority.MaySave([], actorId, true, true, false));
        Assert.NotEqual(SetupPermission.Allowed, SetupAuthority.MaySave([Coordinator], actorId, true, true, false));
    }

    [Fact]
    public void Once_there_is_a_coordinator_only_the_coordinator_saves_even_a_guest_coordinator()
    {
        Assert.Equal(SetupPermission.Allowed, SetupAuthority.MaySave([Coordinator, Supplier], "aad-k", false, false, isGuest: true));
        Assert.Equal(SetupPermission.NotCoordinator, SetupAuthority.MaySave([Coordinator, Supplier], "aad-s", true, true, false));
        Assert.Equal(SetupPermission.NotCoordinator, SetupAuthority.MaySave([Coordinator], "aad-owner", isTeamOwner: true, isInstaller: true, false));
    }
}
