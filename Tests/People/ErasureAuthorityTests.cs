namespace CoordinatorBot.Tests.People;

/// <summary>Who may have another person's data erased, tried from the attacker's side; and an erased voter's vote still counts.</summary>
[Trait("Category", "Unit")]
public sealed class ErasureAuthorityTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static readonly Member[] Members =
    [
        new("aad-alice", "Alice", new HashSet<Role> { Role.Coordinator }, null),
        new("aad-guest", "Gæst", new HashSet<Role> { Role.SteeringGroup }, null),
    ];

    private static readonly RoleHistoryEntry[] BobsHistory =
    [
        new("aad-bob", "Bob", Role.SteeringGroup, null, RoleHistoryChange.Granted, "Alice", T0),
        new("aad-bob", "Bob", Role.SteeringGroup, null, RoleHistoryChange.Ended, "Teams", T0.AddDays(3)),
    ];

    [Fact]
    public void The_coordinator_may_erase_someone_who_has_left_the_community_and_the_team()
    {
        Assert.Equal(ErasurePermission.Allowed, ErasureAuthority.MayEraseFormerMember(Members, "aad-alice", "aad-bob", BobsHistory, false, false));
    }

    [Fact]
    public void A_member_who_is_no_coordinator_a_guest_or_nobody_may_not()
    {
        Assert.Equal(ErasurePermission.NotCoordinator, ErasureAuthority.MayEraseFormerMember(Members, "aad-guest", "aad-bob", BobsHistory, false, false));
        Assert.Equal(ErasurePermission.NotCoordinator, ErasureAuthority.MayEraseFormerMember(Members, null, "aad-bob", BobsHistory, false, false));
        Assert.Equal(ErasurePermission.NotCoordinator, ErasureAuthority.MayEraseFormerMember(Members, "aad-bob", "aad-bob", BobsHistory, false, false));
    }

    [Fact]
    public void A_pseudonym_is_not_erased_again_though_its_history_is_a_former_members()
    {
        RoleHistoryEntry[] erased = [.. BobsHistory.Select(e => e with { AadObjectId = FormerMember.Id(1), Name = FormerMember.Name(1) })];

        Assert.Equal(ErasurePermission.AlreadyErased,
            ErasureAuthority.MayEraseFormerMember(Members, "aad-alice", FormerMember.Id(1), erased, false, false));
    }

    [Fact]
    public void Nobody_is_erased_who_never_belonged_here_still_holds_a_role_or_is_still_in_the_team()
    {
        // A coordinator of another community: the person's history here is empty.
        Assert.Equal(ErasurePermission.NeverMemberHere, ErasureAuthority.MayEraseFormerMember(Members, "aad-alice", "aad-bob", [], false, false));
        Assert.Equal(ErasurePermission.StillMember, ErasureAuthority.MayEraseFormerMember(Members, "aad-alice", "aad-bob", BobsHistory, true, false));
        Assert.Equal(ErasurePermission.StillInTeam, ErasureAuthority.MayEraseFormerMember(Members, "aad-alice", "aad-bob", BobsHistory, false, true));
    }

    [Fact]
    public void An_erased_members_vote_still_counts_and_no_one_elses_outside_the_body_does()
    {
        var tally = Tally.Count(
        [
            new Vote(FormerMember.Id(7), FormerMember.Name(7), VoteChoice.Approve, null, T0),
            new Vote("aad-mallory", "Mallory", VoteChoice.Reject, null, T0),
            new Vote("aad-a", "A", VoteChoice.Reject, null, T0),
        ], ["aad-a", "aad-b"]);

        Assert.Equal((1, 1, 2), (tally.Approve, tally.Reject, tally.Cast));
        Assert.Equal(["aad-b"], tally.NotVoted);
    }
}
