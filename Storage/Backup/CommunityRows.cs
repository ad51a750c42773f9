namespace CoordinatorBot.Storage.Backup;

/// <summary>
/// Which rows of a table are one community's: those in its partition (its record: the community, members and role
/// history, decisions with votes and history, numbering, onboardings, tasks, meetings, backlog, status reports, surveys,
/// guides and user cases with their consents, releases) and the
/// GitHub queue's rows that name it. The rest (the outbox, dialogs, handled activities, personal chats, leases, job runs,
/// settings, pseudonyms) belongs to the deployment or to people, not to one community's archive.
/// </summary>
public static class CommunityRows
{
    private static readonly HashSet<string> NotTheCommunitys = new(StringComparer.Ordinal)
    {
        TableNames.PersonalConversations, TableNames.HandledActivities, TableNames.Settings, TableNames.Dialogs,
        TableNames.Leases, TableNames.JobRuns, TableNames.Outbox, TableNames.Pseudonyms,
    };

    /// <summary>The OData filter for the community's rows of <paramref name="table"/>; null when it has none.</summary>
    public static string? Filter(string table, string communityId) =>
        NotTheCommunitys.Contains(table) ? null
        : table == TableNames.GitHubQueue ? TableClient.CreateQueryFilter($"CommunityId eq {communityId}")
        : TableClient.CreateQueryFilter($"PartitionKey eq {TableKey.Escape(communityId)}");
}
