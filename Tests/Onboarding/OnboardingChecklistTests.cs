namespace CoordinatorBot.Tests.Onboarding;

[Trait("Category", "Unit")]
public sealed class OnboardingChecklistTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly DateOnly Start = new(2026, 11, 27);

    internal static OnboardingDetails Details() => new("Aarhus", MembershipModel.Os2Member, new Contact("Mette", "mette@aarhus.dk", null),
        new Contact("Bo", null, "aad-bo"), "Magenta", new DateOnly(2027, 3, 1));

    internal static CoordinatorBot.Domain.Onboarding.Onboarding Create() => OnboardingChecklist.Create("aarhus-20261127", ChecklistTemplate.Default, Details(), Start, "Karen", Now);

    private static Member Person(params Role[] roles) => new("aad-x", "Xenia", roles.ToHashSet(), null);

    [Fact]
    public void The_default_checklist_has_the_seven_steps_with_due_dates_from_the_start_or_the_go_live()
    {
        var onboarding = Create();

        Assert.Equal(["price", "agreement", "dataprocessing", "contacts", "connection", "groups", "followup"], onboarding.Steps.Select(s => s.Key));
        Assert.Equal(new DateOnly(2026, 12, 4), onboarding.Steps[0].Due);
        Assert.Equal(new DateOnly(2027, 2, 22), onboarding.Steps[4].Due);
        Assert.Equal(new DateOnly(2027, 4, 12), onboarding.Steps[6].Due);
        Assert.True(onboarding.Steps[6].IsFollowUp);
        // Both contacts were named when the checklist was made: that step is done by the one who made it.
        Assert.Equal(1, onboarding.Done);
        Assert.Equal(("contacts", "Karen", Now), (onboarding.Steps[3].Key, onboarding.Steps[3].DoneByName, onboarding.Steps[3].DoneAt));
    }

    [Fact]
    public void The_contacts_step_stays_undone_when_a_contact_has_no_name_and_is_done_under_a_new_title()
    {
        var unnamed = Details() with { TechnicalContact = new Contact(" ", null, null) };
        var renamed = ChecklistTemplate.Default.Change("contacts", "Kontaktpersoner og superbrugere", Role.Municipality, StepAnchor.Start, 7);

        Assert.Equal(0, OnboardingChecklist.Create("a", ChecklistTemplate.Default, unnamed, Start, "Karen", Now).Done);
        Assert.Equal(1, OnboardingChecklist.Create("a", renamed, Details(), Start, "Karen", Now).Done);
    }

    [Fact]
    public void The_owner_role_or_the_coordinator_may_tick_and_others_may_not()
    {
        var onboarding = Create();

        Assert.Equal(TickOutcome.NotOwner, OnboardingChecklist.Tick(onboarding, "agreement", Person(Role.Supplier), Now).Outcome);
        Assert.Equal(TickOutcome.NotOwner, OnboardingChecklist.Tick(onboarding, "agreement", null, Now).Outcome);
        Assert.Equal(TickOutcome.Ticked, OnboardingChecklist.Tick(onboarding, "agreement", Person(Role.Secretariat), Now).Outcome);
        var (outcome, ticked) = OnboardingChecklist.Tick(onboarding, "connection", Person(Role.Coordinator), Now);
        Assert.Equal(TickOutcome.Ticked, outcome);
        Assert.Equal(("Xenia", Now), (ticked.Steps[4].DoneByName, ticked.Steps[4].DoneAt));
    }

    [Fact]
    public void A_step_ticked_twice_is_recorded_once()
    {
        var (_, once) = OnboardingChecklist.Tick(Create(), "price", Person(Role.Coordinator), Now);
        var (outcome, twice) = OnboardingChecklist.Tick(once, "price", Person(Role.Coordinator), Now.AddMinutes(1));

        Assert.Equal(TickOutcome.AlreadyDone, outcome);
        Assert.Equal(Now, twice.Steps[0].DoneAt);
    }

    [Fact]
    public void The_follow_up_needs_its_answers_and_the_last_step_completes_the_onboarding()
    {
        var coordinator = new Member("aad-k", "Karen", new HashSet<Role> { Role.Coordinator }, null);
        var onboarding = Create();
        foreach (var key in onboarding.Steps.Where(s => !s.IsFollowUp).Select(s => s.Key))
        {
            onboarding = OnboardingChecklist.Tick(onboarding, key, coordinator, Now).Result;
        }

        Assert.Equal(TickOutcome.FollowUpNeedsAnswers, OnboardingChecklist.Tick(onboarding, "followup", coordinator, Now).Outcome);
        var (outcome, done) = OnboardingChecklist.Tick(onboarding, "followup", coordinator, Now, new FollowUp(true, "Skabeloner", "Karen", Now));

        Assert.Equal(TickOutcome.Completed, outcome);
        Assert.Equal(Now, done.CompletedAt);
        Assert.Equal("Skabeloner", done.FollowUp!.Missing);
        Assert.Null(done.NextStep);
    }

    [Fact]
    public void An_open_step_past_its_due_date_is_overdue()
    {
        var step = Create().Steps[0];

        Assert.False(step.IsOverdue(new DateOnly(2026, 12, 4)));
        Assert.True(step.IsOverdue(new DateOnly(2026, 12, 5)));
        Assert.False((step with { DoneAt = Now }).IsOverdue(new DateOnly(2026, 12, 5)));
    }

    [Fact]
    public void The_template_adds_removes_moves_and_renames_steps()
    {
        var template = ChecklistTemplate.Default
            .Add("Introduktionsmøde", Role.Coordinator, StepAnchor.Start, 3)
            .Remove("groups")
            .MoveUp("agreement")
            .Change("price", "Pris aftalt med økonomi", Role.Secretariat, StepAnchor.Start, 10);

        Assert.Equal(["agreement", "price", "dataprocessing", "contacts", "connection", "followup", "step8"], template.Steps.Select(s => s.Key));
        var price = template.Steps[1];
        Assert.Equal(("Pris aftalt med økonomi", null, Role.Secretariat, 10), (price.Title, price.DefaultKey, price.Owner, price.OffsetDays));
        Assert.Equal("Introduktionsmøde", template.Steps[^1].Title);
        Assert.Same(template, template.MoveUp("agreement"));
    }
}
