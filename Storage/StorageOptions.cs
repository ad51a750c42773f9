namespace CoordinatorBot.Storage;

/// <summary>
/// Where the tables live: a connection string (Azurite locally) or the account's table endpoint, reached with
/// the bot's managed identity in Azure (no keys in configuration).
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public string? ConnectionString { get; set; }
    public Uri? TableServiceUri { get; set; }

    /// <summary>Prepended to every table name; lets tests and several bots share one account.</summary>
    public string TablePrefix { get; set; } = string.Empty;
}
