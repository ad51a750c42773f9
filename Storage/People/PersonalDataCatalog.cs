namespace CoordinatorBot.Storage.People;

/// <summary>
/// The one place that knows, for every table, whether it holds people and what happens to a person's rows on
/// erasure. A table missing here stops the export and the erasure (and fails a test), so that a new table cannot be
/// forgotten silently.
/// </summary>
public static class PersonalDataCatalog
{
    public static IReadOnlyDictionary<string, TableTreatment> Tables { get; } = new Dictionary<string, TableTreatment>(StringComparer.Ordinal)
    {
        [TableNames.Communities] = TableTreatment.Pseudonymise("the community; names the person who added the bot"),
        // A member row is the person's current roles: it goes. The roles' history beside it is the community's record.
        [TableNames.Members] = TableTreatment.EraseOwnRow(string.Empty, "current roles (erased) and the roles' history (kept, pseudonymised)"),
        [TableNames.PersonalConversations] = TableTreatment.Erase("the person's 1:1 chat, language and current community"),
        [TableNames.HandledActivities] = TableTreatment.NoPeople("activity ids already handled; no person"),
        [TableNames.Decisions] = TableTreatment.Pseudonymise("decisions, their votes, comments and history"),
        [TableNames.Counters] = TableTreatment.NoPeople("numbering of decisions and wishes"),
        [TableNames.Settings] = TableTreatment.NoPeople("the bot's own settings (signing keys)"),
        [TableNames.Onboardings] = TableTreatment.Pseudonymise("onboardings, their contacts and who ticked which step"),
        // A dialog row is its person's (RowKey): it goes. Another's open dialog that names them (a contact chosen) stays.
        [TableNames.Dialogs] = TableTreatment.EraseOwnRow(string.Empty,
            "open guided dialogs (the person's erased; another's that names them pseudonymised)"),
        [TableNames.Greetings] = TableTreatment.Erase("that a newcomer was greeted once"),
        // Nudge preferences ("n|person") serve the person alone; tasks are the coordinator's work record.
        [TableNames.Tasks] = TableTreatment.EraseOwnRow("n|", "the coordinator's tasks (kept, pseudonymised) and nudge preferences (erased)"),
        [TableNames.Leases] = TableTreatment.NoPeople("which instance runs the scheduler"),
        [TableNames.JobRuns] = TableTreatment.Erase("which scheduled occurrences ran; some name a person"),
        [TableNames.Outbox] = TableTreatment.Erase("messages to send or sent, each to a person or channel"),
        [TableNames.Meetings] = TableTreatment.Pseudonymise("meetings, attendees, poll answers, agendas and minutes"),
        [TableNames.Backlog] = TableTreatment.Pseudonymise("wishes, support, backlog items and their history"),
        [TableNames.GitHubQueue] = TableTreatment.Pseudonymise("GitHub issues to create or close"),
        [TableNames.StatusReports] = TableTreatment.Pseudonymise("status reports and the governance report; who composed, published or changed them"),
        // An anonymous survey's answers name nobody (random ids); a named survey's answers, who was asked and who composed are
        // pseudonymised. The markers of those still waiting to answer are keyed hashes that name nobody without the bot's key.
        [TableNames.Surveys] = TableTreatment.Pseudonymise("surveys: who composed and who was asked, named answers; anonymous answers hold no person"),
        // A person's consent to be named in user cases ("c|person") is theirs alone: it goes, and the cases stop naming them.
        [TableNames.Guides] = TableTreatment.EraseOwnRow("c|",
            "guides and user cases, who proposed and approved them (kept, pseudonymised); consent to be named in a case (erased)"),
        [TableNames.Releases] = TableTreatment.Pseudonymise("the product's releases; who entered them"),
        [TableNames.Pseudonyms] = TableTreatment.NoPeople("the pseudonym map itself: object id to number, kept so a pseudonym stays stable"),
    };

    /// <summary>The tables of <see cref="TableNames.All"/> that are not classified here.</summary>
    public static IReadOnlyList<string> Unclassified => [.. TableNames.All.Where(t => !Tables.ContainsKey(t))];
}
