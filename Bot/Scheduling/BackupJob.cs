using Azure.Storage.Blobs;
using CoordinatorBot.Storage.Backup;

namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// Once a day, after <see cref="BackupOptions.At"/>, writes every table to a zip archive (the same as the backup
/// command) in the backup container, named by its day. The blob is committed only when the whole archive is written, so
/// a day whose blob exists is done, and a backup that failed half way (storage away) is tried again at the next tick.
/// Retention and soft delete are the container's (deploy/azure/main.bicep).
/// </summary>
public sealed partial class BackupJob(TableBackup backup, IOptions<BackupOptions> options, ILogger<BackupJob> logger) : IScheduledJob
{
    private readonly BackupOptions _options = options.Value;
    private BlobContainerClient? _container;

    public string Name => "backup";

    public static string BlobName(DateOnly day) => $"coordinatorbot-{day:yyyy-MM-dd}.zip";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!_options.IsConfigured || TimeOnly.FromDateTime(now.UtcDateTime) < _options.At)
        {
            return;
        }

        var container = _container ??= Container(_options);
        var blob = container.GetBlobClient(BlobName(DateOnly.FromDateTime(now.UtcDateTime)));
        if (await blob.ExistsAsync(cancellationToken))
        {
            return;
        }

        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        ArchiveHeader header;
        await using (var stream = await blob.OpenWriteAsync(overwrite: true, cancellationToken: cancellationToken))
        {
            await using var archive = ArchiveWriter.Create(stream);
            header = await backup.WriteAsync(archive, null, cancellationToken);
        }

        LogWritten(logger, header.Tables.Sum(t => t.Rows), header.Tables.Count, blob.Name);
    }

    private static BlobContainerClient Container(BackupOptions options) => options.ContainerUri is { } uri
        ? new BlobContainerClient(uri, new Azure.Identity.DefaultAzureCredential())
        : new BlobServiceClient(options.ConnectionString).GetBlobContainerClient(options.Container);

    [LoggerMessage(Level = LogLevel.Information, Message = "The nightly backup wrote {Rows} rows of {Tables} tables to {Blob}")]
    private static partial void LogWritten(ILogger logger, long rows, int tables, string blob);
}
