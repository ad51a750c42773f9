using CoordinatorBot.Tests.Backlog;

namespace CoordinatorBot.Tests.Trust;

/// <summary>
/// People acting outside their role on wishes and backlog items, with card data forged to help them: nothing they
/// try is written, and each is told why.
/// </summary>
[Trait("Category", "Integration")]
public sealed class BacklogAuthorityAttackTests() : ClockedBotFeatureTests(hostedScheduler: false)
{
    private BacklogStore Backlog => Service<BacklogStore>();

    protected override async Task SetUpAsync()
    {
        Connector.Roster.AddRange([("aad-alice", "Alice"), ("aad-ida", "Ida"), ("aad-ole", "Ole"), ("aad-kim", "Kim"),
            ("aad-lis", "Lis"), ("aad-nils", "Nils")]);
        await BacklogPeople.SetUpAsync(Harness);
        await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Login med MitID"), "aad-ida", "Ida");
    }

    [Fact]
    public async Task A_municipality_member_cannot_support_for_another_municipality_by_naming_it_on_the_card()
    {
        var answer = await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1", ["onBehalf.1"] = "Køge" }, "aad-ole", "Ole");

        Assert.Contains("Du kan kun støtte for din egen kommune, Odense Kommune.", TrustActivities.Read(answer), StringComparison.Ordinal);
        Assert.Empty(await Backlog.SupportsAsync(TeamId, 1, default));
    }

    [Fact]
    public async Task A_supplier_cannot_move_or_reestimate_another_suppliers_item()
    {
        await AcceptAsync();

        var move = await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "1", ["status"] = "InProgress", ["supplier"] = "Magenta ApS" },
            "aad-nils", "Nils");
        var estimate = await Harness.PressAsync(CardVerbs.ItemEstimate, new JsonObject { ["item"] = "1", [ItemCard.HoursInput] = "1" }, "aad-nils", "Nils");

        Assert.Contains("Kun leverandøren Magenta ApS kan flytte punktet", TrustActivities.Read(move), StringComparison.Ordinal);
        Assert.Contains("Kun leverandøren Magenta ApS kan flytte punktet", TrustActivities.Read(estimate), StringComparison.Ordinal);
        var item = await Backlog.GetItemAsync(TeamId, 1, default);
        Assert.Equal((ItemStatus.Prioritised, 40m), (item!.Status, item.Estimate.Hours));
    }

    [Fact]
    public async Task The_coordination_group_and_the_coordinator_cannot_move_a_suppliers_item_either()
    {
        await AcceptAsync();

        var kim = await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "1", ["status"] = "InProgress" }, "aad-kim", "Kim");
        var alice = await Harness.PressAsync(CardVerbs.ItemMove, new JsonObject { ["item"] = "1", ["status"] = "InProgress" });

        Assert.Contains("Kun leverandøren Magenta ApS", TrustActivities.Read(kim), StringComparison.Ordinal);
        Assert.Contains("Kun leverandøren Magenta ApS", TrustActivities.Read(alice), StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Prioritised, (await Backlog.GetItemAsync(TeamId, 1, default))!.Status);
    }

    [Fact]
    public async Task A_municipality_member_cannot_triage_merge_or_prioritise()
    {
        var accept = await Harness.PressAsync(CardVerbs.WishAccept, Acceptance(), "aad-ole", "Ole");
        var decline = await Harness.PressAsync(CardVerbs.WishDecline, new JsonObject { ["wish"] = "1", ["reason.1"] = "Nej" }, "aad-ole", "Ole");
        var merge = await Harness.PressAsync(CardVerbs.WishMerge, new JsonObject { ["wish"] = "1", ["mergeInto.1"] = "2" }, "aad-ole", "Ole");

        Assert.Contains("Kun koordinationsgruppen og koordinatoren", TrustActivities.Read(accept), StringComparison.Ordinal);
        Assert.Contains("Kun koordinationsgruppen og koordinatoren", TrustActivities.Read(decline), StringComparison.Ordinal);
        Assert.Contains("Det kræver rollen Koordinator", TrustActivities.Read(merge), StringComparison.Ordinal);
        Assert.Equal(WishStatus.Open, (await Backlog.GetWishAsync(TeamId, 1, default))!.Status);
        Assert.Empty((await Backlog.LoadAsync(TeamId, default)).Items);
    }

    [Fact]
    public async Task A_guest_without_a_role_cannot_raise_or_support_a_wish()
    {
        var raise = await Harness.PressAsync(CardVerbs.WishSave, BacklogPeople.Wish("Mørk tilstand"), "aad-guest", "Gæst");
        var support = await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1", ["onBehalf.1"] = "Køge" }, "aad-guest", "Gæst");
        var command = await Harness.SayAsync("ønske ny", "aad-guest", "Gæst");

        Assert.Contains("Det kan kun fællesskabets medlemmer.", TrustActivities.Read(raise), StringComparison.Ordinal);
        Assert.Contains("Det kan kun fællesskabets medlemmer.", TrustActivities.Read(support), StringComparison.Ordinal);
        Assert.Contains("Det kan kun fællesskabets medlemmer.", command.Text ?? string.Empty, StringComparison.Ordinal);
        var snapshot = await Backlog.LoadAsync(TeamId, default);
        Assert.Single(snapshot.Wishes);
        Assert.Empty(snapshot.Supports);
    }

    [Fact]
    public async Task A_member_removed_from_the_team_can_no_longer_support()
    {
        Connector.Roster.RemoveAll(p => p.AadObjectId == "aad-ole");
        await Harness.PostAsync(TrustActivities.MemberRemoved(Harness.ServiceUrl, "aad-ole", "Ole"));

        var support = await Harness.PressAsync(CardVerbs.WishSupport, new JsonObject { ["wish"] = "1" }, "aad-ole", "Ole");

        Assert.Contains("Det kan kun fællesskabets medlemmer.", TrustActivities.Read(support), StringComparison.Ordinal);
        Assert.Empty(await Backlog.SupportsAsync(TeamId, 1, default));
    }

    private static JsonObject Acceptance() => new()
    {
        ["wish"] = "1", ["moscow.1"] = "Must", ["hours.1"] = "40", ["supplier.1"] = "Magenta ApS", ["criteria.1"] = "Borgeren kan logge ind",
    };

    /// <summary>The coordinator accepts wish #1 for Magenta ApS (40 hours, no budget set) and prioritises it.</summary>
    private async Task AcceptAsync()
    {
        await Harness.PressAsync(CardVerbs.WishAccept, Acceptance());
        await Harness.PressAsync(CardVerbs.ItemPrioritise, new JsonObject { ["item"] = "1" });
        Assert.Equal(ItemStatus.Prioritised, (await Backlog.GetItemAsync(TeamId, 1, default))!.Status);
    }
}
