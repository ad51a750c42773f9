using CoordinatorBot.Tests.Cards;
using CoordinatorBot.Tests.Decisions;
using CoordinatorBot.Tests.Onboarding;

namespace CoordinatorBot.Tests.Status;

/// <summary>A community's data as a status report for November 2026 is composed from it.</summary>
internal static class StatusSamples
{
    public static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-11-30T10:00:00Z", CultureInfo.InvariantCulture);
    public static readonly DateOnly From = new(2026, 11, 1);
    public static readonly DateOnly To = new(2026, 11, 30);

    public static Community Community() => CardGallery.Community("OS2mo") with
    {
        BacklogBudget = new BacklogBudget(400, 300000, BudgetPeriod.Quarter), WeeklyHourBudget = 10,
        CreatedAt = DateTimeOffset.Parse("2026-09-01T08:00:00Z", CultureInfo.InvariantCulture),
    };

    public static StatusInputs Empty() => new(Community(), [], [], [], [], [], [], []);

    public static StatusInputs Seeded()
    {
        var accepted = DecisionRecordTests.Decision(DecisionStatus.Accepted) with
        {
            Number = new DecisionNumber(2026, 3), ClosedAt = Now.AddDays(-10),
        };
        var oldAccepted = accepted with { Number = new DecisionNumber(2026, 1), ClosedAt = Now.AddDays(-90) };
        var open = DecisionRecordTests.Decision() with { Number = new DecisionNumber(2026, 4) };

        var item = new BacklogItem
        {
            Number = 1, Title = "Login med MitID", Need = "Som borger …", Class = MoscowClass.Must, Supplier = "Magenta ApS", RaisedById = "aad-i",
            Estimate = new Estimate(120, 90000), Status = ItemStatus.Prioritised,
        };
        Wish Wish(int n, string title, int daysAgo) => new()
        {
            Number = n, Title = title, Need = "Som …", Municipality = "Aarhus Kommune", RaisedById = "aad-i", RaisedByName = "Ida", RaisedAt = Now.AddDays(-daysAgo),
        };
        var wishes = new[] { Wish(10, "Eksport til Excel", 5), Wish(11, "Mørk tilstand", 50) };
        var supports = new[] { new WishSupport(11, "Odense Kommune", "aad-o", "Ole", Now, false), new WishSupport(11, "Vejle Kommune", "aad-v", "Vera", Now, false) };

        var onboarding = OnboardingChecklistTests.Create();
        var held = MeetingGallery.Sample() with { Id = "held", Start = Now.AddDays(-7), End = Now.AddDays(-7).AddHours(1) };
        var moved = MeetingGallery.Sample() with
        {
            Id = "moved", Title = "Styregruppemøde januar", Start = Now.AddDays(40), End = Now.AddDays(40).AddHours(1), OriginalStart = Now.AddDays(33),
        };
        var tasks = new[]
        {
            new CoordinatorTask("t1", null, "Ugentlig opfølgning", MoscowClass.Must, 4, Recurrence.Weekly, new DateOnly(2026, 10, 5)),
            new CoordinatorTask("t2", null, "Nyhedsbrev", MoscowClass.Should, 3, Recurrence.Weekly, new DateOnly(2026, 10, 5)),
            new CoordinatorTask("t3", null, "Årsrapport", MoscowClass.Must, 12, Recurrence.Once, new DateOnly(2026, 11, 25)),
        };
        return new StatusInputs(Community(), [accepted, oldAccepted, open], [item], wishes, supports, [onboarding], [held, moved], tasks);
    }

    public static StatusReport Report() => StatusComposition.Compose(Seeded(), From, To, Now);
}
