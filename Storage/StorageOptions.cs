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

    /// <summary>
    /// How long one table call of a turn may take, retries included, before the turn answers that nothing was saved (a
    /// message turn: 503, so that Teams redelivers it). With storage away, a turn's first call gives up within it, so
    /// the answer comes within 4 s; Teams waits some seconds for an answer.
    /// </summary>
    public TimeSpan TurnBudget { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>One try's limit (a query page in Azure comes within 5 s, or with a continuation).</summary>
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Tries after the first, and the waits between them (exponential, from the first up to the second).</summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(1);
}
