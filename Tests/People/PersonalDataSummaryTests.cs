using CoordinatorBot.Domain.People;

namespace CoordinatorBot.Tests.People;

/// <summary>The readable summary of "mine data": every kind of fact in a sentence of the person's language, nothing stored shown as stored.</summary>
[Trait("Category", "Unit")]
public sealed class PersonalDataSummaryTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-12-02T09:05:00Z", CultureInfo.InvariantCulture);
    private static readonly TimeZoneInfo Copenhagen = CommunityClock.Of("Europe/Copenhagen").Zone;
    private static readonly Dictionary<string, string> Names = new() { ["19:community-id"] = "OS2mo" };

    private static PersonalEntry Entry(PersonalTopic topic, PersonalFact fact, params object?[] args) => new(topic, fact, "19:community-id", At, args);

    public static IReadOnlyList<PersonalEntry> EveryFact() =>
    [
        Entry(PersonalTopic.Roles, PersonalFact.RolesHeld, new List<Role> { Role.SteeringGroup, Role.Municipality }, "Aarhus Kommune", null),
        Entry(PersonalTopic.Roles, PersonalFact.RoleGranted, Role.Supplier, "Magenta ApS", "Alice"),
        Entry(PersonalTopic.Roles, PersonalFact.RoleEnded, Role.CoordinationGroup, null, null),
        Entry(PersonalTopic.Roles, PersonalFact.RoleChangedForOther, Role.Coordinator, true),
        Entry(PersonalTopic.Votes, PersonalFact.Vote, new DecisionNumber(2026, 1), "Fælles testmiljø", VoteChoice.Approve, "Godt forslag", 2),
        Entry(PersonalTopic.Proposals, PersonalFact.Proposed, new DecisionNumber(2026, 2), "Ny leverandør", DecisionStatus.Accepted),
        Entry(PersonalTopic.Proposals, PersonalFact.DecisionAction, new DecisionNumber(2026, 2), "Ny leverandør", AuditAction.Closed, "Accepted"),
        Entry(PersonalTopic.Wishes, PersonalFact.WishRaised, 3, "Login med MitID", "Aarhus Kommune"),
        Entry(PersonalTopic.Supports, PersonalFact.Supported, 3, "Login med MitID", "Odense Kommune", true),
        Entry(PersonalTopic.Backlog, PersonalFact.ItemChanged, 3, "Login med MitID", ItemChangeKind.StatusMoved, ItemStatus.InProgress, null),
        Entry(PersonalTopic.Onboarding, PersonalFact.OnboardingStarted, "Vejle Kommune"),
        Entry(PersonalTopic.Onboarding, PersonalFact.StepTicked, "Vejle Kommune", "Contacts", null),
        Entry(PersonalTopic.Onboarding, PersonalFact.OnboardingContact, "Vejle Kommune", true),
        Entry(PersonalTopic.Meetings, PersonalFact.MeetingPlanned, "Styregruppemøde januar", MeetingKind.SteeringGroup, At),
        Entry(PersonalTopic.Meetings, PersonalFact.MeetingInvited, "Brugerklub", MeetingKind.UserClub, At),
        Entry(PersonalTopic.Meetings, PersonalFact.PollAnswered, 2),
        Entry(PersonalTopic.Reports, PersonalFact.ReportPublished, new StatusReportNumber(2026, 1)),
        Entry(PersonalTopic.Reports, PersonalFact.GovernanceMarked, "G3", GovernanceMark.Met),
        Entry(PersonalTopic.Roles, PersonalFact.BotAdded),
        Entry(PersonalTopic.Roles, PersonalFact.SetupSaved),
        Entry(PersonalTopic.Settings, PersonalFact.PersonalChat, true),
        Entry(PersonalTopic.Settings, PersonalFact.LanguageChosen, "en"),
        Entry(PersonalTopic.Settings, PersonalFact.TeamsLocale, "en-US"),
        Entry(PersonalTopic.Settings, PersonalFact.CurrentCommunity),
        Entry(PersonalTopic.Settings, PersonalFact.Nudges, false, new DateOnly(2026, 12, 31), false),
        Entry(PersonalTopic.Settings, PersonalFact.Greeted),
        Entry(PersonalTopic.Settings, PersonalFact.CaseConsent),
        Entry(PersonalTopic.Settings, PersonalFact.DialogOpen, "onboarding.new", true),
        Entry(PersonalTopic.Messages, PersonalFact.Messages, 4, 1, 0),
        Entry(PersonalTopic.Other, PersonalFact.OtherRows, "jobruns", 2),
    ];

    [Fact]
    public void Every_kind_of_fact_is_said_in_both_languages()
    {
        Assert.Equal(Enum.GetValues<PersonalFact>().Length, EveryFact().Select(e => e.Fact).Distinct().Count());
        foreach (var language in new[] { Language.Danish, Language.English })
        {
            var summary = PersonalDataMarkdown.Compose(new Texts(language), At, Copenhagen, EveryFact(), Names);
            // English words may be the stored names ("Approve"); in Danish none is.
            var stored = language == Language.Danish ? new[] { "Approve", "Accepted", "Closed", "Municipality", "Met" } : [];
            foreach (var value in stored.Concat(["SteeringGroup", "StatusMoved", "InProgress", "onboarding.new", "community-id", "{", "Json"]))
            {
                Assert.DoesNotContain(value, summary, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void A_vote_says_the_decisions_number_and_title_on_the_Danish_clock_and_in_English_for_an_English_reader()
    {
        var danish = PersonalDataMarkdown.Compose(new Texts(Language.Danish), At, Copenhagen, EveryFact(), Names);
        var english = PersonalDataMarkdown.Compose(new Texts(Language.English), At, Copenhagen, EveryFact(), Names);

        Assert.Contains("- onsdag den 2. december 2026 kl. 10.05 · OS2mo: Du stemte »Godkend« til B-2026-001 »Fælles testmiljø«. " +
            "Din kommentar: »Godt forslag«. Du ændrede din stemme 2 gange undervejs", danish, StringComparison.Ordinal);
        Assert.Contains("## Stemmer", danish, StringComparison.Ordinal);
        Assert.Contains("You voted “Approve” on B-2026-001 “Fælles testmiljø”.", english, StringComparison.Ordinal);
        Assert.Contains("## Votes", english, StringComparison.Ordinal);
        Assert.Contains("You recorded the support of Odense Kommune for wish #3 “Login med MitID” on its behalf.", english, StringComparison.Ordinal);
    }
}
