namespace CoordinatorBot.Storage.Tables;

/// <summary>One table per aggregate.</summary>
public static class TableNames
{
    public const string Communities = "communities";
    public const string Members = "members";
    public const string PersonalConversations = "personalconversations";
    public const string HandledActivities = "handledactivities";
    public const string Decisions = "decisions";
    public const string Counters = "counters";
    public const string Settings = "settings";
    public const string Onboardings = "onboardings";
    public const string Dialogs = "dialogs";
    public const string Greetings = "greetings";
    public const string Tasks = "tasks";
    public const string Leases = "leases";
    public const string JobRuns = "jobruns";
    public const string Outbox = "outbox";
    public const string Meetings = "meetings";
    public const string Backlog = "backlog";
    public const string GitHubQueue = "githubqueue";
    public const string Pseudonyms = "pseudonyms";
    public const string StatusReports = "statusreports";

    public static IReadOnlyList<string> All { get; } =
        [Communities, Members, PersonalConversations, HandledActivities, Decisions, Counters, Settings, Onboardings, Dialogs, Greetings, Tasks, Leases, JobRuns, Outbox, Meetings, Backlog, GitHubQueue, Pseudonyms, StatusReports];
}
