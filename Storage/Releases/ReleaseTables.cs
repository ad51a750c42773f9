namespace CoordinatorBot.Storage.Tables;

// Part of TableNames, kept in the feature's folder (see BacklogTables).
/// <summary>The releases feature's table.</summary>
public static partial class TableNames
{
    public const string Releases = "releases";
}
