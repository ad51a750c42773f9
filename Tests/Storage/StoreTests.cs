using CoordinatorBot.Storage.Activities;

namespace CoordinatorBot.Tests.Storage;

/// <summary>The stores against Azurite: one community's rows stay its own; ids of any shape are safe keys.</summary>
[Trait("Category", "Integration")]
public sealed class StoreTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    [Fact]
    public async Task One_community_cannot_read_another_communitys_members()
    {
        var members = new MemberStore(storage.Tables);
        await members.UpdateAsync("19:team-a@thread.tacv2", "aad-1", _ => Person("aad-1", Role.Coordinator), default);
        await members.UpdateAsync("19:team-b@thread.tacv2", "aad-2", _ => Person("aad-2", Role.Supplier), default);

        var a = await members.ListAsync("19:team-a@thread.tacv2", default);
        var b = await members.ListAsync("19:team-b@thread.tacv2", default);

        Assert.Equal(["aad-1"], a.Select(m => m.AadObjectId));
        Assert.Equal(["aad-2"], b.Select(m => m.AadObjectId));
        Assert.Null(await members.GetAsync("19:team-b@thread.tacv2", "aad-1", default));
    }

    [Theory]
    [InlineData("x' or PartitionKey ne 'x")]
    [InlineData("x' or '1' eq '1")]
    [InlineData("")]
    public async Task A_crafted_community_id_reads_nothing_of_others(string crafted)
    {
        var members = new MemberStore(storage.Tables);
        await members.UpdateAsync("community-secret", "aad-9", _ => Person("aad-9", Role.SteeringGroup), default);

        Assert.Empty(await members.ListAsync(crafted, default));
    }

    [Theory]
    [InlineData("19:abc/def#g?h\\i%j@thread.tacv2")]
    [InlineData("a:1Xy-_.;messageid=123")]
    public async Task Ids_with_characters_that_table_keys_forbid_are_stored_and_found(string id)
    {
        var communities = new CommunityStore(storage.Tables);

        await communities.UpdateAsync(id, _ => NewCommunity(id), default);

        Assert.Equal(id, (await communities.GetAsync(id, default))!.Id);
        Assert.Equal(id, TableKey.Unescape(TableKey.Escape(id)));
    }

    [Fact]
    public async Task A_community_round_trips_with_its_settings()
    {
        var communities = new CommunityStore(storage.Tables);
        var community = NewCommunity("19:round@thread.tacv2") with
        {
            ProductName = "OS2mo", TimeZoneId = "America/Nuuk", WeeklyHourBudget = 7.5m,
        };

        await communities.UpdateAsync(community.Id, _ => community, default);

        Assert.Equal(community, await communities.GetAsync(community.Id, default));
    }

    [Fact]
    public async Task An_activity_is_claimed_once_within_the_window_and_again_after_it()
    {
        var handled = new HandledActivityStore(storage.Tables);
        var now = DateTimeOffset.UtcNow;
        var window = TimeSpan.FromMinutes(10);

        var claims = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => handled.TryClaimAsync("a:conversation", "activity-1", HandledActivityStore.NewClaim(), now, window, default)));
        var later = await handled.TryClaimAsync("a:conversation", "activity-1", HandledActivityStore.NewClaim(), now.AddMinutes(11), window, default);

        Assert.Equal(1, claims.Count(c => c));
        Assert.True(later);
    }

    [Fact]
    public async Task A_released_claim_can_be_taken_again_and_releasing_it_twice_leaves_the_new_claim()
    {
        var handled = new HandledActivityStore(storage.Tables);
        var now = DateTimeOffset.UtcNow;
        var first = HandledActivityStore.NewClaim();
        Assert.True(await handled.TryClaimAsync("a:conversation", "activity-2", first, now, TimeSpan.FromMinutes(10), default));

        await handled.ReleaseAsync("a:conversation", "activity-2", first, default);
        Assert.True(await handled.TryClaimAsync("a:conversation", "activity-2", HandledActivityStore.NewClaim(), now, TimeSpan.FromMinutes(10), default));
        // A late second release of the first claim (its retry, after storage came back) leaves the redelivery's claim.
        await handled.ReleaseAsync("a:conversation", "activity-2", first, default);

        Assert.False(await handled.TryClaimAsync("a:conversation", "activity-2", HandledActivityStore.NewClaim(), now, TimeSpan.FromMinutes(10), default));
    }

    [Fact]
    public async Task A_claim_whose_answer_was_lost_is_still_this_callers_and_no_other()
    {
        var lose = new LostInsertAnswer(TableNames.HandledActivities);
        var handled = new HandledActivityStore(await lose.TablesAsync());
        var now = DateTimeOffset.UtcNow;

        Assert.True(await handled.TryClaimAsync("a:conversation", "activity-3", HandledActivityStore.NewClaim(), now, TimeSpan.FromMinutes(10), default));
        Assert.True(lose.Lost);
        Assert.False(await handled.TryClaimAsync("a:conversation", "activity-3", HandledActivityStore.NewClaim(), now, TimeSpan.FromMinutes(10), default));
    }

    private static Member Person(string id, Role role) => new(id, id, new HashSet<Role> { role }, null);

    private static Community NewCommunity(string id) => new()
    {
        Id = id,
        TenantId = "tenant",
        Name = "Team",
        Channel = new ChannelAddress("https://smba.trafficmanager.net/emea/", id, "28:bot"),
        CreatedAt = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };
}
