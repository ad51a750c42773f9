namespace CoordinatorBot.Storage.Tables;

// Part of TableNames, kept in the feature's folder (see Storage/Backlog/BacklogTables.cs).
/// <summary>The surveys feature's table.</summary>
public static partial class TableNames
{
    public const string Surveys = "surveys";
}
