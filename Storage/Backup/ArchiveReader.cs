using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace CoordinatorBot.Storage.Backup;

/// <summary>Reads an archive (<see cref="TableArchive"/>), a zip file or a folder, one row at a time.</summary>
public sealed class ArchiveReader : IDisposable
{
    private readonly ZipArchive? _zip;
    private readonly string? _folder;

    private ArchiveReader(ZipArchive? zip, string? folder, ArchiveHeader header)
    {
        _zip = zip;
        _folder = folder;
        Header = header;
    }

    public ArchiveHeader Header { get; }

    /// <exception cref="InvalidDataException">Not an archive, or one of a newer format than this code reads.</exception>
    public static ArchiveReader Open(string path)
    {
        ZipArchive? zip = null;
        string? folder = null;
        if (File.Exists(path))
        {
            zip = ZipFile.OpenRead(path);
        }
        else if (Directory.Exists(path))
        {
            folder = path;
        }
        else
        {
            throw new InvalidDataException($"There is no archive at {path}.");
        }

        try
        {
            using var stream = Open(zip, folder, TableArchive.HeaderEntry)
                ?? throw new InvalidDataException($"{path} is not an archive of the bot's tables: it has no {TableArchive.HeaderEntry}.");
            var header = JsonSerializer.Deserialize<ArchiveHeader>(stream, HeaderJson.Options)
                ?? throw new InvalidDataException($"{TableArchive.HeaderEntry} in {path} is empty.");
            if (header.Format > TableArchive.Format)
            {
                throw new InvalidDataException(
                    $"{path} is an archive of format {header.Format}, written by bot {header.Bot}; this bot reads format {TableArchive.Format} and older. Restore it with that bot or a newer one.");
            }

            return new ArchiveReader(zip, folder, header);
        }
        catch
        {
            zip?.Dispose();
            throw;
        }
    }

    public async IAsyncEnumerable<TableEntity> ReadRowsAsync(string table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = Open(_zip, _folder, TableArchive.TableEntry(table));
        if (stream is null)
        {
            yield break;
        }

        using var reader = new StreamReader(stream);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            TableEntity row;
            try
            {
                using var document = JsonDocument.Parse(line);
                row = RowJson.Read(document.RootElement);
            }
            catch (Exception e) when (e is JsonException or FormatException)
            {
                throw new InvalidDataException($"Line {number} of {TableArchive.TableEntry(table)} is not a row: {e.Message}", e);
            }

            yield return row;
        }
    }

    private static Stream? Open(ZipArchive? zip, string? folder, string entry)
    {
        if (zip is not null)
        {
            return zip.GetEntry(entry)?.Open();
        }

        var file = Path.Combine(folder!, entry);
        return File.Exists(file) ? new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true) : null;
    }

    public void Dispose() => _zip?.Dispose();
}
