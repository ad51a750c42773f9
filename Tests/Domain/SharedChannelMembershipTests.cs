namespace CoordinatorBot.Tests.Domain;

/// <summary>Who stays a member of a shared channel's community when the channel is unshared from a team.</summary>
[Trait("Category", "Unit")]
public sealed class SharedChannelMembershipTests
{
    private static readonly HashSet<string> Unshared = new(["19:aalborg", "group-aalborg"], StringComparer.OrdinalIgnoreCase);

    private static readonly IReadOnlyList<TeamMember> Roster =
    [
        new("direct", "Direkte", TenantId: "odense"),
        new("only-aalborg", "Kun via Aalborg", TenantId: "aalborg", ThroughTeams: ["19:aalborg"]),
        new("by-group", "Via gruppe-id", TenantId: "aalborg", ThroughTeams: ["group-aalborg"]),
        new("two-teams", "Via to teams", TenantId: "vejle", ThroughTeams: ["19:aalborg", "19:vejle"]),
    ];

    [Theory]
    [InlineData("direct", true)]
    [InlineData("only-aalborg", false)]
    [InlineData("by-group", false)]
    [InlineData("two-teams", true)]
    [InlineData("not-listed", false)]
    public void A_person_in_only_through_the_unshared_teams_leaves_and_everyone_else_stays(string person, bool stays) =>
        Assert.Equal(stays, SharedChannelMembership.StaysAfterUnshare(Roster, Unshared, person));
}
