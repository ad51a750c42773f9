namespace CoordinatorBot.Storage.Tables;

/// <summary>
/// One table per aggregate. Here the tables every feature shares; each feature's own tables are a part of this class
/// in its folder (Storage/Decisions/DecisionTables.cs, …).
/// </summary>
public static partial class TableNames
{
    public const string Communities = "communities";
    public const string Members = "members";
    public const string PersonalConversations = "personalconversations";
    public const string HandledActivities = "handledactivities";
    public const string Settings = "settings";
    public const string Dialogs = "dialogs";
    public const string Leases = "leases";
    public const string JobRuns = "jobruns";
    public const string Outbox = "outbox";

    /// <summary>
    /// Every table, in the order a person's export reads them (<c>PersonalDataStore</c>); a table missing here is
    /// never created, and TableNamesTests fails.
    /// </summary>
    public static IReadOnlyList<string> All { get; } =
        [Communities, Members, PersonalConversations, HandledActivities, Decisions, Counters, Settings, Onboardings, Dialogs, Greetings, Tasks, Leases, JobRuns, Outbox, Meetings, Backlog, GitHubQueue, Pseudonyms, StatusReports, Surveys, Guides, Releases];
}
