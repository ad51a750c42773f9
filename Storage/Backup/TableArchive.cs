namespace CoordinatorBot.Storage.Backup;

/// <summary>
/// The portable archive of the bot's tables: <c>archive.json</c> (<see cref="ArchiveHeader"/>) and, per table,
/// <c>tables/{name}.jsonl</c> with one row a line (<see cref="RowJson"/>), in the order the service returns them
/// (partition, then row). Kept either as a zip file (a path ending in <c>.zip</c>) or as a folder of the same files;
/// the upgrade fixtures in the repository are folders, so that a reader sees the rows.
/// </summary>
public static class TableArchive
{
    /// <summary>The archive's own format; a reader refuses a newer one.</summary>
    public const int Format = 1;

    public const string HeaderEntry = "archive.json";

    public static string TableEntry(string table) => $"tables/{table}.jsonl";

    public static bool IsZip(string path) => path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);
}
