namespace CoordinatorBot.Storage.Backup;

/// <summary>How <c>archive.json</c> is written: camelCase and indented, for a person who opens the archive.</summary>
internal static class HeaderJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
