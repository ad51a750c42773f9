namespace CoordinatorBot.Storage.Tables;

// Part of TableNames, kept in the feature's folder (see Storage/Backlog/BacklogTables.cs).
/// <summary>The guides feature's table: guides, user cases and the consents to be named in a case.</summary>
public static partial class TableNames
{
    public const string Guides = "guides";
}
