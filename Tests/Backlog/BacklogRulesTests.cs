namespace CoordinatorBot.Tests.Backlog;

/// <summary>Support counting, merging, the status machine, the board's sums and the mandate rule.</summary>
[Trait("Category", "Unit")]
public sealed class BacklogRulesTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    private static Wish Wish(int number, string municipality, int ageDays = 0) => new()
    {
        Number = number, Title = $"Ønske {number}", Need = "Som … ønsker jeg … så …", Municipality = municipality,
        RaisedById = $"aad-{number}", RaisedByName = "Ida", RaisedAt = Now.AddDays(-ageDays),
    };

    private static WishSupport Support(int wish, string municipality) => new(wish, municipality, "aad-x", "X", Now, false);

    private static BacklogItem Item(int number, MoscowClass moscow, decimal? hours, decimal? dkk = null, ItemStatus status = ItemStatus.New,
        DateTimeOffset? prioritisedAt = null, IReadOnlyList<AcceptanceCriterion>? criteria = null) => new()
    {
        Number = number, Title = $"Punkt {number}", Need = "…", Class = moscow, Estimate = new Estimate(hours, dkk), Supplier = "Magenta ApS",
        RaisedById = "aad-1", Status = status, PrioritisedAt = prioritisedAt, Criteria = criteria ?? [],
    };

    [Fact]
    public void A_municipality_counts_once_however_many_of_its_people_support_and_the_raiser_counts()
    {
        var wish = Wish(1, "Aarhus");
        WishSupport[] supports = [Support(1, "Odense"), Support(1, "Odense"), Support(1, "Aarhus"), Support(1, "Vejle"), Support(2, "Køge")];

        Assert.Equal(["Aarhus", "Odense", "Vejle"], WishSupports.Municipalities(wish, supports));
        Assert.True(WishSupports.IsReady(wish, supports, 3));
        Assert.False(WishSupports.IsReady(wish, supports, 4));
    }

    [Fact]
    public void Open_wishes_rank_by_support_then_age_and_closed_ones_are_left_out()
    {
        var old = Wish(1, "Aarhus", ageDays: 30);
        var young = Wish(2, "Odense", ageDays: 1);
        var supported = Wish(3, "Vejle", ageDays: 2);
        var merged = Wish(4, "Køge") with { Status = WishStatus.Merged };

        var ranked = WishSupports.Ranked([old, young, supported, merged], [Support(3, "Aarhus")]);

        Assert.Equal([3, 1, 2], ranked.Select(r => r.Wish.Number));
        Assert.Equal([2, 1, 1], ranked.Select(r => r.Count));
        Assert.Equal(["Aarhus", "Vejle"], ranked[0].Municipalities);
    }

    [Fact]
    public void A_support_added_to_a_kept_reading_ranks_the_wishes_as_reading_them_anew_would()
    {
        // Wish 5 was merged into 2, and 6 into 5: a late support of either counts for 2. Wish 7 is declined.
        Wish[] wishes =
        [
            .. Enumerable.Range(1, 4).Select(n => Wish(n, $"Raiser {n % 2}", ageDays: n)),
            Wish(5, "Køge") with { Status = WishStatus.Merged, MergedInto = 2 },
            Wish(6, "Vejle") with { Status = WishStatus.Merged, MergedInto = 5 },
            Wish(7, "Odense") with { Status = WishStatus.Declined },
        ];
        var random = new Random(25);
        var snapshot = new CoordinatorBot.Storage.Backlog.BacklogSnapshot(wishes, [], []);
        List<WishSupport> given = [];
        for (var i = 0; i < 400; i++)
        {
            var support = Support(random.Next(1, 9), $"Kommune {random.Next(12)}");
            given.Add(support);
            snapshot = snapshot.WithSupport(support);

            var anew = WishSupports.Ranked(wishes, WishSupports.Rehomed(wishes, given));
            Assert.Equal(anew.Select(r => (r.Wish.Number, string.Join(",", r.Municipalities))),
                snapshot.Ranked.Select(r => (r.Wish.Number, string.Join(",", r.Municipalities))));
        }

        Assert.Equal(given.Count, snapshot.Supports.Count);
        Assert.DoesNotContain(snapshot.Supports, s => s.WishNumber is 5 or 6);
    }

    [Fact]
    public void Merging_moves_the_supports_and_the_merged_wishs_own_municipality_each_once()
    {
        var kept = Wish(1, "Aarhus");
        var merged = Wish(2, "Odense");
        WishSupport[] supports = [Support(1, "Vejle"), Support(2, "Vejle"), Support(2, "Aarhus"), Support(2, "Køge")];

        var moved = WishSupports.Moved(kept, merged, supports);

        Assert.Equal(["Odense", "Køge"], moved.Select(s => s.Municipality));
        Assert.All(moved, s => Assert.Equal(1, s.WishNumber));
        Assert.Equal(4, WishSupports.Count(kept, [.. supports, .. moved]));
    }

    [Theory]
    [InlineData(ItemStatus.Prioritised, ItemStatus.InProgress, true)]
    [InlineData(ItemStatus.InProgress, ItemStatus.InTest, true)]
    [InlineData(ItemStatus.InTest, ItemStatus.InProgress, true)]
    [InlineData(ItemStatus.New, ItemStatus.InProgress, false)]
    [InlineData(ItemStatus.InProgress, ItemStatus.Delivered, false)]
    [InlineData(ItemStatus.Delivered, ItemStatus.InProgress, false)]
    [InlineData(ItemStatus.Rejected, ItemStatus.Prioritised, false)]
    [InlineData(ItemStatus.Prioritised, ItemStatus.Rejected, false)]
    public void The_supplier_moves_work_along_the_status_machine_only(ItemStatus from, ItemStatus to, bool allowed)
    {
        var (outcome, item) = ItemLifecycle.Move(Item(1, MoscowClass.Must, 10, status: from), to, new HashSet<int>(), "Lis", Now);

        Assert.Equal(allowed ? MoveOutcome.Moved : MoveOutcome.NotAllowedFromHere, outcome);
        Assert.Equal(allowed ? to : from, item.Status);
        if (allowed)
        {
            Assert.Equal(new ItemChange(ItemChangeKind.StatusMoved, "Lis", Now, to), item.History[^1]);
        }
    }

    [Fact]
    public void Delivery_needs_every_acceptance_criterion_ticked()
    {
        var inTest = Item(1, MoscowClass.Must, 10, status: ItemStatus.InTest, criteria: [new("Kan logge ind"), new("Kan logge ud")]);

        var (partly, unchanged) = ItemLifecycle.Move(inTest, ItemStatus.Delivered, new HashSet<int> { 0 }, "Lis", Now);
        var (all, delivered) = ItemLifecycle.Move(inTest, ItemStatus.Delivered, new HashSet<int> { 0, 1 }, "Lis", Now);

        Assert.Equal((MoveOutcome.CriteriaNotMet, ItemStatus.InTest), (partly, unchanged.Status));
        Assert.Equal((MoveOutcome.Moved, ItemStatus.Delivered), (all, delivered.Status));
        Assert.All(delivered.Criteria, c => Assert.True(c.Met));
    }

    [Fact]
    public void The_steering_groups_outcome_moves_only_the_item_waiting_for_that_decision()
    {
        var waiting = ItemLifecycle.Escalate(Item(1, MoscowClass.Must, 500), "B-2026-004", "Karen", Now)!;

        Assert.Null(ItemLifecycle.Decided(waiting, "B-2026-005", true, "Styregruppen", Now));
        Assert.Equal(ItemStatus.Prioritised, ItemLifecycle.Decided(waiting, "B-2026-004", true, "Styregruppen", Now)!.Status);
        var rejected = ItemLifecycle.Decided(waiting, "B-2026-004", false, "Styregruppen", Now)!;
        Assert.Equal((ItemStatus.Rejected, "B-2026-004"), (rejected.Status, rejected.History[^1].Detail));
        Assert.Null(ItemLifecycle.Escalate(waiting, "B-2026-009", "Karen", Now));
        // While the steering group decides, the coordination group cannot prioritise it past the vote.
        Assert.Null(ItemLifecycle.Prioritise(waiting, "Ida", Now));
    }

    [Fact]
    public void A_wish_raised_for_a_municipality_by_someone_who_does_not_speak_for_it_is_not_its_support()
    {
        var bySupplier = Wish(1, "Aarhus") with { RaiserSupports = false };

        Assert.Empty(WishSupports.Municipalities(bySupplier, []));
        Assert.Equal(["Odense"], WishSupports.Municipalities(bySupplier, [Support(1, "Odense")]));
        Assert.Empty(WishSupports.Moved(Wish(2, "Vejle"), bySupplier, []));
    }

    [Fact]
    public void The_board_sums_estimates_per_class_leaving_rejected_items_out()
    {
        BacklogItem[] items =
        [
            Item(1, MoscowClass.Must, 10, 5000), Item(2, MoscowClass.Must, 7.5m), Item(3, MoscowClass.Should, null, 20000),
            Item(4, MoscowClass.Must, 100, status: ItemStatus.Rejected),
        ];

        var sums = BacklogBoard.Sums(items);

        Assert.Equal(new Estimate(17.5m, 5000), sums[MoscowClass.Must]);
        Assert.Equal(new Estimate(null, 20000), sums[MoscowClass.Should]);
        Assert.Equal(Estimate.None, sums[MoscowClass.Could]);
    }

    [Fact]
    public void An_item_is_beyond_the_mandate_when_the_periods_committed_work_and_it_exceed_the_budget()
    {
        var budget = new BacklogBudget(100, 50000, BudgetPeriod.Quarter);
        var today = new DateOnly(2026, 11, 27);
        BacklogItem[] items =
        [
            Item(1, MoscowClass.Must, 60, 10000, ItemStatus.InProgress, Now.AddDays(-10)),
            Item(2, MoscowClass.Must, 500, 0, ItemStatus.Delivered, Now.AddMonths(-3)), // last quarter: not counted
            Item(3, MoscowClass.Should, 30, 10000), Item(4, MoscowClass.Should, 50), Item(5, MoscowClass.Could, 5, 45000),
        ];

        Assert.Equal(new Estimate(60, 10000), BacklogBoard.Committed(items, budget, today, Zone));
        Assert.False(BacklogBoard.IsBeyondMandate(items[2], items, budget, today, Zone));
        Assert.True(BacklogBoard.IsBeyondMandate(items[3], items, budget, today, Zone));
        Assert.True(BacklogBoard.IsBeyondMandate(items[4], items, budget, today, Zone));
        Assert.False(BacklogBoard.IsBeyondMandate(items[3], items, budget with { Hours = null }, today, Zone));
        Assert.False(BacklogBoard.IsBeyondMandate(items[4], items, new BacklogBudget(null, null, BudgetPeriod.Year), today, Zone));
    }

    [Fact]
    public void A_budget_period_is_the_calendar_quarter_or_year()
    {
        var day = new DateOnly(2026, 11, 27);
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)),
            (new BacklogBudget(1, null, BudgetPeriod.Quarter).PeriodStart(day), new BacklogBudget(1, null, BudgetPeriod.Quarter).PeriodEnd(day)));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)),
            (new BacklogBudget(1, null, BudgetPeriod.Year).PeriodStart(day), new BacklogBudget(1, null, BudgetPeriod.Year).PeriodEnd(day)));
    }

    [Fact]
    public void An_escalation_claim_keeps_a_second_press_out_until_it_has_run_out()
    {
        var item = new BacklogItem { Number = 1, Title = "Login", Need = "…", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-1" };
        var at = DateTimeOffset.Parse("2026-11-27T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

        var claimed = ItemLifecycle.ClaimEscalation(item, at);
        Assert.Equal(at, claimed!.EscalatingSince);
        Assert.Null(ItemLifecycle.ClaimEscalation(claimed, at.AddSeconds(30)));
        Assert.NotNull(ItemLifecycle.ClaimEscalation(claimed, at + ItemLifecycle.EscalationClaim));

        var escalated = ItemLifecycle.Escalate(claimed, "B-2026-001", "Kim", at.AddSeconds(1));
        Assert.Null(escalated!.EscalatingSince);
        Assert.Null(ItemLifecycle.ClaimEscalation(escalated, at.AddHours(1)));
    }
}
