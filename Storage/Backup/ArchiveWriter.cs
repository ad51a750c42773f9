using System.IO.Compression;

namespace CoordinatorBot.Storage.Backup;

/// <summary>Writes an archive (<see cref="TableArchive"/>) one table at a time, streaming: no table is held in memory.</summary>
public sealed class ArchiveWriter : IAsyncDisposable
{
    private readonly ZipArchive? _zip;
    private readonly string? _folder;

    private ArchiveWriter(ZipArchive? zip, string? folder)
    {
        _zip = zip;
        _folder = folder;
    }

    /// <summary>A zip file at <paramref name="path"/> when it ends in .zip, else a folder (created when missing).</summary>
    public static ArchiveWriter Create(string path)
    {
        if (TableArchive.IsZip(path))
        {
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
            return new ArchiveWriter(new ZipArchive(file, ZipArchiveMode.Create, leaveOpen: false), null);
        }

        Directory.CreateDirectory(Path.Combine(path, "tables"));
        return new ArchiveWriter(null, path);
    }

    /// <summary>Writes into the zip file or folder that the caller gives; for the nightly backup to a blob.</summary>
    public static ArchiveWriter Create(Stream zip) => new(new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true), null);

    /// <summary>The stream of one table's lines; dispose it before opening the next.</summary>
    public Stream OpenTable(string table) => Open(TableArchive.TableEntry(table));

    public async Task WriteHeaderAsync(ArchiveHeader header, CancellationToken cancellationToken)
    {
        await using var stream = Open(TableArchive.HeaderEntry);
        await JsonSerializer.SerializeAsync(stream, header, HeaderJson.Options, cancellationToken);
    }

    private Stream Open(string entry) => _zip is not null
        ? _zip.CreateEntry(entry, CompressionLevel.Optimal).Open()
        : new FileStream(Path.Combine(_folder!, entry), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);

    public ValueTask DisposeAsync()
    {
        _zip?.Dispose();
        return ValueTask.CompletedTask;
    }
}
