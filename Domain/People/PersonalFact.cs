namespace CoordinatorBot.Domain.People;

/// <summary>
/// One kind of fact the bot holds about a person, each said in a sentence of its own in the summary. Its arguments
/// (<see cref="PersonalEntry.Args"/>) are, in order, those listed here.
/// </summary>
public enum PersonalFact
{
    /// <summary>The roles held now: roles (IReadOnlyList&lt;Role&gt;), municipality?, supplier?.</summary>
    RolesHeld,

    /// <summary>A role given to the person: role, organisation?, by whom.</summary>
    RoleGranted,

    /// <summary>A role that ended: role, organisation?, by whom.</summary>
    RoleEnded,

    /// <summary>The person gave or ended another's role: role, granted (bool).</summary>
    RoleChangedForOther,

    /// <summary>A vote: decision number?, title?, choice, comment?, earlier votes (int).</summary>
    Vote,

    /// <summary>A decision proposed: number, title, status now.</summary>
    Proposed,

    /// <summary>A decision closed by hand or replaced: number, title?, action, detail?.</summary>
    DecisionAction,

    /// <summary>A wish raised: number, title, municipality.</summary>
    WishRaised,

    /// <summary>A municipality's support given: wish number, title?, municipality, on its behalf (bool).</summary>
    Supported,

    /// <summary>A backlog item changed: number, title, change kind, status?, detail?.</summary>
    ItemChanged,

    /// <summary>An onboarding started: municipality.</summary>
    OnboardingStarted,

    /// <summary>An onboarding step ticked: municipality, step's default key?, step's title?.</summary>
    StepTicked,

    /// <summary>Named contact person of an onboarding: municipality, technical (bool).</summary>
    OnboardingContact,

    /// <summary>A meeting planned: title, kind, start.</summary>
    MeetingPlanned,

    /// <summary>Invited to a meeting: title, kind, start.</summary>
    MeetingInvited,

    /// <summary>Answered a time poll: how many times answered (int).</summary>
    PollAnswered,

    /// <summary>A status report published: number.</summary>
    ReportPublished,

    /// <summary>A governance item marked: item id, mark.</summary>
    GovernanceMarked,

    /// <summary>Added the bot to the team.</summary>
    BotAdded,

    /// <summary>Saved the community's first setup.</summary>
    SetupSaved,

    /// <summary>The personal chat with the bot: active (bool).</summary>
    PersonalChat,

    /// <summary>The language chosen with "sprog": language code.</summary>
    LanguageChosen,

    /// <summary>The language Teams reports: locale.</summary>
    TeamsLocale,

    /// <summary>The community the personal chat is about (<see cref="PersonalEntry.Community"/>).</summary>
    CurrentCommunity,

    /// <summary>The weekly nudge and reminders: paused (bool), away until (DateOnly?), off (bool).</summary>
    Nudges,

    /// <summary>Consent to be named as the contact of the community's user cases (given while the row is there).</summary>
    CaseConsent,

    /// <summary>Greeted once on joining the team.</summary>
    Greeted,

    /// <summary>An open guided dialog: which (its id), the person's own (bool).</summary>
    DialogOpen,

    /// <summary>Messages to the person: sent (int), waiting (int), failed (int).</summary>
    Messages,

    /// <summary>Rows the summary does not put in words: table, rows (int).</summary>
    OtherRows,
}
