namespace CoordinatorBot.Storage.Tables;

/// <summary>A row that keeps one Domain record as JSON (well under the 64 KB a property may hold).</summary>
public sealed class JsonEntity : StoredRow
{
    public string Json { get; set; } = string.Empty;
}
