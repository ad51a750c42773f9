namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// Configuration section "Backup": where the nightly backup of every table goes. Unset, there is no nightly backup
/// (the backup command still works).
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>A blob container reached with the managed identity, e.g. https://account.blob.core.windows.net/backups.</summary>
    public Uri? ContainerUri { get; set; }

    /// <summary>Or a connection string (Azurite locally) with <see cref="Container"/>.</summary>
    public string? ConnectionString { get; set; }

    public string Container { get; set; } = "backups";

    /// <summary>When, in UTC, the day's backup is written (the first tick after it).</summary>
    public TimeOnly At { get; set; } = new(1, 0);

    public bool IsConfigured => ContainerUri is not null || !string.IsNullOrWhiteSpace(ConnectionString);
}
