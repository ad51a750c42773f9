using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// Every layout of the stored tables since the first release, and how a store is brought from each to the next.
/// </summary>
public static class LayoutHistory
{
    /// <summary>Tables that earlier layouts had and this one no longer uses: kept until their rows are brought forward.</summary>
    public static IReadOnlyList<string> RetiredTables { get; } = ["votes", "decisionaudit"];

    /// <summary>Every table any release used: what a backup writes and a restore accepts.</summary>
    public static IReadOnlyList<string> AllTables { get; } = [.. TableNames.All, .. RetiredTables];
}
