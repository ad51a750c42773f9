using Azure;
using CoordinatorBot.Storage;
using CoordinatorBot.Storage.Backup;

namespace CoordinatorBot.Bot.Operations.Backup;

/// <summary>
/// The bot's executable as a command for operators: <c>backup</c> writes the tables to an archive, <c>restore</c>
/// writes an archive into the account. They read the same configuration as the bot (appsettings, environment
/// variables such as <c>Storage__ConnectionString</c>, <c>Storage__TableServiceUri</c> with the managed identity, and
/// <c>--Storage:TablePrefix=…</c> arguments).
/// </summary>
public static class StorageCommandLine
{
    private const string Usage = """
        usage:
          backup  --out PATH [--community TEAM_ID]   every table (or one community's rows) to PATH: a .zip file, else a folder
          restore --from PATH [--replace]            an archive into an empty account (--replace: into one that holds rows)
        Storage comes from the bot's configuration: Storage__ConnectionString, or Storage__TableServiceUri with the
        managed identity; Storage__TablePrefix when set.
        """;

    public static bool IsCommand(string[] args) => args is ["backup" or "restore", ..];

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var (options, configurationArgs) = CommandOptions.Parse(args.Skip(1));
        var backup = args[0] == "backup";
        // Each command needs its archive's path; without it, say how to call it before reaching for Storage.
        if ((backup ? options.Out : options.From) is not { } path)
        {
            await errors.WriteLineAsync(Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder(configurationArgs);
        builder.Logging.ClearProviders();
        builder.Services.AddStorage(builder.Configuration);
        using var host = builder.Build();
        try
        {
            return backup
                ? await BackupAsync(host.Services, path, options.Community, output, cancellationToken)
                : await RestoreAsync(host.Services, path, options.Replace, output, cancellationToken);
        }
        catch (Exception e) when (e is RestoreRefusedException or InvalidDataException or IOException or OptionsValidationException)
        {
            await errors.WriteLineAsync(e.Message);
            return 1;
        }
        catch (RequestFailedException e)
        {
            await errors.WriteLineAsync($"Table Storage answered {e.Status} ({e.ErrorCode}); nothing more was done. {e.Message.Split('\n')[0]}");
            return 1;
        }
    }

    private static async Task<int> BackupAsync(IServiceProvider services, string path, string? community, TextWriter output,
        CancellationToken cancellationToken)
    {
        var backup = services.GetRequiredService<TableBackup>();
        ArchiveHeader header;
        await using (var archive = ArchiveWriter.Create(path))
        {
            header = await backup.WriteAsync(archive, community, cancellationToken);
        }

        await output.WriteLineAsync($"Backed up {header.Tables.Sum(t => t.Rows)} rows of {header.Tables.Count} tables (layout {header.Layout}, bot {header.Bot}) to {path}.");
        return 0;
    }

    private static async Task<int> RestoreAsync(IServiceProvider services, string path, bool replace, TextWriter output,
        CancellationToken cancellationToken)
    {
        using var archive = ArchiveReader.Open(path);
        var restored = await services.GetRequiredService<TableRestore>().RestoreAsync(archive, replace, cancellationToken);
        await output.WriteLineAsync($"Restored {restored.Sum(t => t.Rows)} rows of {restored.Count} tables (layout {archive.Header.Layout}, written by bot {archive.Header.Bot} at {archive.Header.CreatedAt:u}).");
        return 0;
    }
}
