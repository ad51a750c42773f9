namespace CoordinatorBot.Storage.Tables;

// Part of TableNames, kept in the feature's folder so that a feature adds its tables here. The namespace stays
// CoordinatorBot.Storage.Tables, where every caller already finds TableNames. A new table also joins TableNames.All
// (TableNamesTests fails until it does).
/// <summary>The decisions feature's tables.</summary>
public static partial class TableNames
{
    public const string Decisions = "decisions";
    public const string Counters = "counters";
}
