namespace CoordinatorBot.Storage.Backup;

/// <summary>One table in an archive: its name without the account's prefix, and how many rows it holds.</summary>
public sealed record ArchiveTable(string Name, long Rows);
