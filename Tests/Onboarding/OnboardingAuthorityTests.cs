namespace CoordinatorBot.Tests.Onboarding;

/// <summary>Who ticks which onboarding step and who is reminded of it — a municipality's and a supplier's steps are theirs alone.</summary>
[Trait("Category", "Unit")]
public sealed class OnboardingAuthorityTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
    private static readonly DateOnly Later = new(2027, 12, 31);

    /// <summary>Aarhus, supplied by Magenta (see <see cref="OnboardingChecklistTests.Details"/>).</summary>
    private static readonly CoordinatorBot.Domain.Onboarding.Onboarding Aarhus = OnboardingChecklistTests.Create();

    private static readonly CoordinatorBot.Domain.Onboarding.Onboarding Odense = Aarhus with
    {
        Id = "odense-20261127",
        Details = Aarhus.Details with { Municipality = "Odense", Supplier = "Netcompany A/S" },
    };

    private static readonly Member Coordinator = Person(Role.Coordinator);

    private static Member Person(params Role[] roles) => new("aad-x", "Xenia", roles.ToHashSet(), null);

    private static Member MunicipalityOf(string? municipality) => Person(Role.Municipality) with { Municipality = municipality };

    private static Member SupplierOf(string? supplier) => Person(Role.Supplier) with { Supplier = supplier };

    private static OnboardingStep Step(CoordinatorBot.Domain.Onboarding.Onboarding onboarding, string key) => onboarding.Steps.Single(s => s.Key == key);

    [Fact]
    public void The_coordinator_may_tick_every_step()
    {
        Assert.All(Aarhus.Steps, s => Assert.Equal(StepPermission.Allowed, OnboardingAuthority.MayTick(Aarhus, s, Coordinator)));
    }

    [Theory]
    [InlineData("Aarhus")]
    [InlineData("Aarhus Kommune")]
    [InlineData("Århus")]
    [InlineData("  aarhus kommune ")]
    public void A_person_for_the_onboarding_municipality_ticks_its_steps(string municipality)
    {
        Assert.Equal(StepPermission.Allowed, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "dataprocessing"), MunicipalityOf(municipality)));
        Assert.Equal(StepPermission.Allowed, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "contacts"), MunicipalityOf(municipality)));
    }

    [Theory]
    [InlineData("Odense Kommune")]
    [InlineData("Aabenraa")]
    [InlineData("KL")]
    [InlineData("")]
    [InlineData(null)]
    public void A_person_for_another_or_no_municipality_does_not(string? municipality) =>
        Assert.Equal(StepPermission.OtherMunicipality,
            OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "dataprocessing"), MunicipalityOf(municipality)));

    [Theory]
    [InlineData("Magenta")]
    [InlineData(" MAGENTA ")]
    [InlineData("magenta")]
    public void A_person_of_the_onboarding_supplier_ticks_its_steps(string supplier) =>
        Assert.Equal(StepPermission.Allowed, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "connection"), SupplierOf(supplier)));

    [Fact]
    public void Company_names_compare_without_case_accents_or_extra_spaces()
    {
        Assert.True(OnboardingAuthority.SameSupplier("Netcompany  A/S", "netcompany a/s"));
        Assert.True(OnboardingAuthority.SameSupplier("Søren Ærø ApS", "SOEREN AEROE APS"));
        Assert.False(OnboardingAuthority.SameSupplier("Magenta", "Magenta2"));
        Assert.False(OnboardingAuthority.SameSupplier(" ", " "));
    }

    [Theory]
    [InlineData("Netcompany A/S")]
    [InlineData("Magenta2")]
    [InlineData(null)]
    public void A_supplier_of_another_or_no_company_does_not(string? supplier) =>
        Assert.Equal(StepPermission.OtherSupplier, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "connection"), SupplierOf(supplier)));

    [Fact]
    public void Without_the_steps_owner_role_nobody_but_the_coordinator_ticks()
    {
        Assert.Equal(StepPermission.Allowed, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "agreement"), Person(Role.Secretariat)));
        Assert.Equal(StepPermission.NotOwnerRole, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "agreement"), SupplierOf("Magenta")));
        Assert.Equal(StepPermission.NotOwnerRole, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "price"), MunicipalityOf("Aarhus")));
        Assert.Equal(StepPermission.NotOwnerRole, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "connection"), MunicipalityOf("Aarhus")));
        Assert.Equal(StepPermission.NotOwnerRole, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "groups"), Person(Role.SteeringGroup)));
    }

    [Fact]
    public void A_removed_member_ticks_nothing()
    {
        Assert.Equal(StepPermission.NotAMember, OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "dataprocessing"), null));
        Assert.Equal(StepPermission.NotAMember,
            OnboardingAuthority.MayTick(Aarhus, Step(Aarhus, "dataprocessing"), Person() with { Municipality = "Aarhus" }));
    }

    [Fact]
    public void Ticking_another_municipalitys_step_changes_nothing()
    {
        var (outcome, result) = OnboardingChecklist.Tick(Odense, "dataprocessing", MunicipalityOf("Aarhus Kommune"), Now);

        Assert.Equal(TickOutcome.NotOwner, outcome);
        Assert.Same(Odense, result);
        Assert.Equal(TickOutcome.NotOwner, OnboardingChecklist.Tick(Odense, "connection", SupplierOf("Magenta"), Now).Outcome);
        Assert.Equal(TickOutcome.Ticked, OnboardingChecklist.Tick(Odense, "dataprocessing", MunicipalityOf("Odense"), Now).Outcome);
    }

    [Fact]
    public void A_municipality_person_is_reminded_only_of_their_own_municipalitys_open_steps()
    {
        // Aarhus's contacts step was done when its checklist was made.
        var due = OnboardingAuthority.StepsToNudge(MunicipalityOf("Aarhus Kommune"), [Aarhus, Odense], Later);

        Assert.Equal([("aarhus-20261127", "dataprocessing")], due.Select(d => (d.Onboarding.Id, d.Step.Key)));
    }

    [Fact]
    public void A_supplier_is_reminded_only_of_the_onboardings_that_name_them()
    {
        Assert.Equal(["odense-20261127"],
            OnboardingAuthority.StepsToNudge(SupplierOf("netcompany a/s"), [Aarhus, Odense], Later).Select(d => d.Onboarding.Id));
        Assert.Empty(OnboardingAuthority.StepsToNudge(SupplierOf("Atea"), [Aarhus, Odense], Later));
    }

    [Fact]
    public void The_coordinator_is_reminded_of_the_coordinators_steps_not_of_everyones()
    {
        var due = OnboardingAuthority.StepsToNudge(Coordinator, [Aarhus], Later);

        Assert.Equal(["price", "groups", "followup"], due.Select(d => d.Step.Key));
    }

    [Fact]
    public void Reminders_stop_at_the_date_given_and_for_removed_people()
    {
        // The contacts step was done when the checklist was made; the data processing agreement is due 4 January.
        Assert.Equal(["dataprocessing"],
            OnboardingAuthority.StepsToNudge(MunicipalityOf("Aarhus"), [Aarhus], new DateOnly(2027, 1, 4)).Select(d => d.Step.Key));
        Assert.Empty(OnboardingAuthority.StepsToNudge(MunicipalityOf("Aarhus"), [Aarhus], new DateOnly(2027, 1, 1)));
        Assert.Empty(OnboardingAuthority.StepsToNudge(null, [Aarhus, Odense], Later));
    }

    [Fact]
    public void A_completed_onboarding_reminds_nobody()
    {
        var completed = Aarhus with { CompletedAt = Now };

        Assert.Empty(OnboardingAuthority.StepsToNudge(MunicipalityOf("Aarhus"), [completed], Later));
    }
}
