namespace CoordinatorBot.Tests.Storage;

/// <summary>Role changes and a person leaving, against Azurite: the roles end, their history stays.</summary>
[Trait("Category", "Integration")]
public sealed class RoleHistoryStoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static string NewCommunity() => $"19:{Guid.NewGuid():N}@thread.tacv2";

    private static Func<Member?, Member?> Give(Role role, string? municipality = null, string? supplier = null) => current =>
    {
        var member = current ?? new Member("aad-m", "Mette", new HashSet<Role>(), null);
        return member with
        {
            Roles = new HashSet<Role>(member.Roles) { role },
            Municipality = municipality ?? member.Municipality,
            Supplier = supplier ?? member.Supplier,
        };
    };

    [Fact]
    public async Task Giving_roles_records_who_gave_which_and_when()
    {
        var members = new MemberStore(storage.Tables);
        var community = NewCommunity();

        await members.ChangeRolesAsync(community, "aad-m", Give(Role.Municipality, "Aarhus"), "Karen", At, default);
        await members.ChangeRolesAsync(community, "aad-m", Give(Role.SteeringGroup), "Karen", At.AddMinutes(1), default);

        Assert.Equal(
            [
                new RoleHistoryEntry("aad-m", "Mette", Role.Municipality, "Aarhus", RoleHistoryChange.Granted, "Karen", At),
                new RoleHistoryEntry("aad-m", "Mette", Role.SteeringGroup, null, RoleHistoryChange.Granted, "Karen", At.AddMinutes(1)),
            ],
            await members.HistoryAsync(community, null, default));
        Assert.Equal([Role.SteeringGroup, Role.Municipality], (await members.GetAsync(community, "aad-m", default))!.Roles.Order());
    }

    [Fact]
    public async Task History_rows_are_not_members()
    {
        var members = new MemberStore(storage.Tables);
        var community = NewCommunity();

        await members.ChangeRolesAsync(community, "aad-m", Give(Role.Supplier, supplier: "Magenta ApS"), "Karen", At, default);

        var listed = Assert.Single(await members.ListAsync(community, default));
        Assert.Equal(("aad-m", "Magenta ApS"), (listed.AadObjectId, listed.Supplier));
        Assert.Contains(community, await members.CommunitiesOfAsync("aad-m", default));
    }

    [Fact]
    public async Task A_change_that_changes_nothing_records_nothing()
    {
        var members = new MemberStore(storage.Tables);
        var community = NewCommunity();
        await members.ChangeRolesAsync(community, "aad-m", Give(Role.SteeringGroup), "Karen", At, default);

        await members.ChangeRolesAsync(community, "aad-m", _ => null, "Karen", At.AddMinutes(1), default);
        await members.ChangeRolesAsync(community, "aad-m", Give(Role.SteeringGroup), "Karen", At.AddMinutes(2), default);

        Assert.Single(await members.HistoryAsync(community, null, default));
    }

    [Fact]
    public async Task A_person_who_leaves_loses_every_role_and_the_history_keeps_them()
    {
        var members = new MemberStore(storage.Tables);
        var community = NewCommunity();
        await members.ChangeRolesAsync(community, "aad-m", Give(Role.Municipality, "Aarhus"), "Karen", At, default);
        await members.ChangeRolesAsync(community, "aad-m", Give(Role.SteeringGroup), "Karen", At.AddSeconds(1), default);
        await members.ChangeRolesAsync(community, "aad-k", _ => new Member("aad-k", "Karen", new HashSet<Role> { Role.Coordinator }, null),
            "Karen", At, default);

        var ended = await members.EndMembershipAsync(community, "aad-m", "Karen", At.AddDays(1), default);

        Assert.Equal([Role.SteeringGroup, Role.Municipality], ended!.Roles.Order());
        Assert.Null(await members.GetAsync(community, "aad-m", default));
        Assert.Equal(["aad-k"], (await members.ListAsync(community, default)).Select(m => m.AadObjectId));
        Assert.DoesNotContain(community, await members.CommunitiesOfAsync("aad-m", default));
        var history = await members.HistoryAsync(community, "aad-m", default);
        Assert.Equal(
            [
                (Role.Municipality, RoleHistoryChange.Granted, At),
                (Role.SteeringGroup, RoleHistoryChange.Granted, At.AddSeconds(1)),
                (Role.SteeringGroup, RoleHistoryChange.Ended, At.AddDays(1)),
                (Role.Municipality, RoleHistoryChange.Ended, At.AddDays(1)),
            ],
            history.Select(e => (e.Role, e.Change, e.At)));
        Assert.Equal(("Aarhus", "Karen"), (history[^1].Organisation, history[^1].ByName));
    }

    [Fact]
    public async Task Ending_the_membership_of_someone_without_roles_changes_nothing()
    {
        var members = new MemberStore(storage.Tables);
        var community = NewCommunity();

        Assert.Null(await members.EndMembershipAsync(community, "aad-nobody", "Teams", At, default));
        Assert.Empty(await members.HistoryAsync(community, null, default));
    }

    [Fact]
    public async Task The_history_of_one_community_is_its_own()
    {
        var members = new MemberStore(storage.Tables);
        var a = NewCommunity();
        var b = NewCommunity();
        await members.ChangeRolesAsync(a, "aad-m", Give(Role.SteeringGroup), "Karen", At, default);

        await members.EndMembershipAsync(a, "aad-m", "Karen", At, default);

        Assert.Equal(2, (await members.HistoryAsync(a, null, default)).Count);
        Assert.Empty(await members.HistoryAsync(b, null, default));
    }

    [Fact]
    public async Task Leaving_while_a_role_is_being_given_loses_neither_history_entry()
    {
        var members = new MemberStore(storage.Tables);
        var community = NewCommunity();
        await members.ChangeRolesAsync(community, "aad-m", Give(Role.SteeringGroup), "Karen", At, default);

        await Task.WhenAll(
            members.ChangeRolesAsync(community, "aad-m", Give(Role.CoordinationGroup), "Karen", At.AddMinutes(1), default),
            members.EndMembershipAsync(community, "aad-m", "Teams", At.AddMinutes(2), default));

        // Whichever came first, every role granted was ended or is still held, and the history says which.
        var history = await members.HistoryAsync(community, "aad-m", default);
        var held = (await members.GetAsync(community, "aad-m", default))?.Roles ?? new HashSet<Role>();
        foreach (var role in history.Select(e => e.Role).Distinct())
        {
            var granted = history.Count(e => e.Role == role && e.Change == RoleHistoryChange.Granted);
            var endedCount = history.Count(e => e.Role == role && e.Change == RoleHistoryChange.Ended);
            Assert.Equal(held.Contains(role) ? 1 : 0, granted - endedCount);
        }

        Assert.Contains(history, e => e.Change == RoleHistoryChange.Ended && e.Role == Role.SteeringGroup);
    }
    [Theory]
    [InlineData("%h|0000")]
    [InlineData("#first")]
    [InlineData("aad-%h}")]
    public async Task A_person_whose_id_looks_like_a_history_key_is_still_a_member(string id)
    {
        var members = new MemberStore(storage.Tables);
        var community = NewCommunity();

        await members.ChangeRolesAsync(community, id, _ => new Member(id, "Odd", new HashSet<Role> { Role.Secretariat }, null), "Karen", At, default);

        Assert.Equal([id], (await members.ListAsync(community, default)).Select(m => m.AadObjectId));
        Assert.Equal(id, Assert.Single(await members.HistoryAsync(community, null, default)).AadObjectId);
        Assert.NotNull(await members.EndMembershipAsync(community, id, "Karen", At, default));
        Assert.Empty(await members.ListAsync(community, default));
    }
}
