namespace CoordinatorBot.Tests.Search;

/// <summary>Who may read a community's records, tried from the attacker's side.</summary>
[Trait("Category", "Unit")]
public sealed class RecordAccessTests
{
    private static readonly Community OS2mo = new()
    {
        Id = "19:team-one@thread.tacv2", TenantId = "tenant-aarhus", Name = "OS2mo", Channel = new ChannelAddress("https://smba", "19:team-one@thread.tacv2", "28:bot"),
        CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static Member Holding(string id, params Role[] roles) => new(id, id, roles.ToHashSet(), null);

    [Fact]
    public void A_person_with_a_role_reads_their_communitys_records() =>
        Assert.True(RecordAccess.MayRead("aad-bob", OS2mo, Holding("aad-bob", Role.Municipality)));

    [Fact]
    public void A_guest_on_the_team_without_a_role_reads_nothing() =>
        Assert.False(RecordAccess.MayRead("aad-guest", OS2mo, Holding("aad-guest")));

    [Fact]
    public void A_removed_member_whose_row_is_gone_reads_nothing() =>
        Assert.False(RecordAccess.MayRead("aad-gone", OS2mo, null));

    [Fact]
    public void Another_persons_row_never_lends_its_roles() =>
        Assert.False(RecordAccess.MayRead("aad-mallory", OS2mo, Holding("aad-bob", Role.Coordinator)));

    [Fact]
    public void No_identity_reads_nothing_even_beside_a_role()
    {
        Assert.False(RecordAccess.MayRead(null, OS2mo, Holding("aad-bob", Role.Coordinator)));
        Assert.False(RecordAccess.MayRead("", OS2mo, Holding("", Role.Coordinator)));
    }

    [Fact]
    public void Holding_a_role_is_the_persons_own_row_with_a_role()
    {
        Assert.True(RecordAccess.HoldsRole("aad-bob", Holding("aad-bob", Role.Secretariat)));
        Assert.False(RecordAccess.HoldsRole("aad-bob", Holding("aad-bob")));
        Assert.False(RecordAccess.HoldsRole("aad-mallory", Holding("aad-bob", Role.Secretariat)));
        Assert.False(RecordAccess.HoldsRole("aad-bob", null));
    }

    [Fact]
    public void A_forged_community_that_does_not_exist_or_was_removed_is_read_by_no_one()
    {
        Assert.False(RecordAccess.MayRead("aad-bob", null, Holding("aad-bob", Role.Coordinator)));
        Assert.False(RecordAccess.MayRead("aad-bob", OS2mo with { IsActive = false }, Holding("aad-bob", Role.Coordinator)));
    }
}
