using CoordinatorBot.Tests.Cards;
using CoordinatorBot.Tests.Onboarding;

namespace CoordinatorBot.Tests.Status;

[Trait("Category", "Unit")]
public sealed partial class GovernanceTests
{
    private static readonly DateTimeOffset Now = StatusSamples.Now;

    // The reference is a copy of the lead's ../shared/reference/os2-governance-checklist.md, so that a clean clone tests it too.
    [Fact]
    public void The_checklist_holds_every_item_of_OS2s_reference_with_its_level_and_official_title()
    {
        var reference = File.ReadAllLines(RepositoryRoot.Combine("Tests", "Status", "os2-governance-checklist.md"))
            .Select(l => Row().Match(l)).Where(m => m.Success)
            .Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value.Trim())).ToList();

        Assert.Equal(43, reference.Count);
        Assert.Equal(reference, GovernanceChecklist.Items.Select(i => (i.Id, Level(i.Level), i.Title)));
    }

    [Fact]
    public void Roles_onboardings_and_meetings_become_suggestions_with_their_evidence()
    {
        var members = new List<Member>
        {
            new("aad-k", "Karen Jensen", new HashSet<Role> { Role.Coordinator }, null),
            new("aad-s", "Sofie Sekretariat", new HashSet<Role> { Role.Secretariat }, null),
            new("aad-p", "Peter Holm", new HashSet<Role> { Role.SteeringGroup }, null),
        };
        var done = OnboardingChecklistTests.Create() with { CompletedAt = Now.AddDays(-3) };
        var open = OnboardingChecklistTests.Create() with { Id = "odense", Details = OnboardingChecklistTests.Details() with { Municipality = "Odense" } };
        var steering = MeetingGallery.Sample() with { Start = Now.AddDays(-20), End = Now.AddDays(-20).AddHours(1),
            Attendees = [new MeetingAttendee("Sofie Sekretariat", null, "aad-s")] };
        var userClub = steering with { Kind = MeetingKind.UserClub, Attendees = [] };
        var coming = steering with { Kind = MeetingKind.UserClub, Start = Now.AddDays(5), End = Now.AddDays(5).AddHours(1) };

        var suggestions = GovernanceSuggestions.From(members, [done, open], [steering, userClub, coming], Now, inPortfolio: true).ToDictionary(s => s.ItemId);

        Assert.Equal(["G1", "G2", "G3", "G6", "G7", "G10", "G14"], suggestions.Keys);
        Assert.Equal((GovernanceMark.Met, 1), (suggestions["G1"].Mark, suggestions["G1"].Count));
        Assert.Equal((GovernanceMark.Met, 1), (suggestions["G2"].Mark, suggestions["G2"].Count));
        Assert.Equal(["Karen Jensen"], suggestions["G3"].Names);
        Assert.Equal((GovernanceMark.Met, 1), (suggestions["G6"].Mark, suggestions["G6"].Count));
        Assert.Equal(["Peter Holm"], suggestions["G6"].Names);
        Assert.Equal(GovernanceMark.Unclear, suggestions["G7"].Mark);
        Assert.Equal(["Aarhus Kommune"], suggestions["G10"].Names);
        Assert.Equal((GovernanceMark.Met, 1), (suggestions["G14"].Mark, suggestions["G14"].Count));
    }

    [Fact]
    public void A_meeting_with_a_person_of_the_secretariat_in_another_community_counts_for_G2()
    {
        var steering = MeetingGallery.Sample() with { Start = Now.AddDays(-20), End = Now.AddDays(-20).AddHours(1),
            Attendees = [new MeetingAttendee("Sofie Sekretariat", null, "aad-elsewhere")] };

        var alone = GovernanceSuggestions.From([], [], [steering], Now, inPortfolio: true).Single(s => s.ItemId == "G2");
        var withSecretariat = GovernanceSuggestions.From([], [], [steering], Now, inPortfolio: true,
            new HashSet<string>(StringComparer.Ordinal) { "aad-elsewhere" }).Single(s => s.ItemId == "G2");

        Assert.Equal((GovernanceMark.Unclear, 0), (alone.Mark, alone.Count));
        Assert.Equal((GovernanceMark.Met, 1), (withSecretariat.Mark, withSecretariat.Count));
    }

    [Fact]
    public void Without_a_coordinator_or_steering_group_the_suggestion_is_not_met()
    {
        var suggestions = GovernanceSuggestions.From([], [], [], Now, inPortfolio: false).ToDictionary(s => s.ItemId);

        Assert.Equal(GovernanceMark.NotMet, suggestions["G3"].Mark);
        Assert.Equal(GovernanceMark.NotMet, suggestions["G6"].Mark);
        Assert.Equal(GovernanceMark.Unclear, suggestions["G2"].Mark);
        Assert.Equal(GovernanceMark.Unclear, suggestions["G1"].Mark);
    }

    [Fact]
    public void The_target_level_lists_the_items_of_it_and_below_that_are_neither_met_nor_not_relevant()
    {
        var report = GovernanceReport.Empty with { TargetLevel = GovernanceLevel.Sandbox };
        Assert.Equal(["R1", "F1", "F2", "F3", "F4", "F5"], report.MissingFor(GovernanceLevel.Sandbox).Select(i => i.Id));

        report = report.With(new GovernanceEntry("F1", GovernanceMark.Met, "https://github.com/OS2mo", "Karen", Now))
            .With(new GovernanceEntry("F3", GovernanceMark.NotRelevant, null, "Karen", Now))
            .With(new GovernanceEntry("F4", GovernanceMark.Unclear, null, "Karen", Now));

        Assert.Equal(["R1", "F2", "F4", "F5"], report.MissingFor(GovernanceLevel.Sandbox).Select(i => i.Id));
        Assert.Equal(43 - 2, report.MissingFor(GovernanceLevel.Three).Count);
    }

    [Fact]
    public void A_changed_mark_keeps_the_earlier_one_in_the_history_with_who_and_when()
    {
        var report = GovernanceReport.Empty
            .With(new GovernanceEntry("G3", GovernanceMark.Unclear, null, "Karen", Now))
            .With(new GovernanceEntry("G3", GovernanceMark.Met, "Karen Jensen", "Peter", Now.AddDays(1)));

        Assert.Equal(GovernanceMark.Met, report.MarkOf("G3"));
        Assert.Equal(["Karen", "Peter"], report.History.Where(e => e.ItemId == "G3").Select(e => e.ByName));
        Assert.Equal(GovernanceMark.NotAssessed, report.MarkOf("G4"));
    }

    private static string Level(GovernanceLevel level) => level switch
    {
        GovernanceLevel.Sandbox => "sandkasse",
        GovernanceLevel.One => "1",
        GovernanceLevel.Two => "2",
        _ => "3",
    };

    [GeneratedRegex(@"^\| ([RFSG]\d+) \| (\w+) \| (.+?) \| ")]
    private static partial Regex Row();
}
