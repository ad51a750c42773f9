namespace CoordinatorBot.Tests.Deployment;

/// <summary>
/// A Teams app's files in a folder of their own, for a validator to read after a test has changed the manifest as a
/// careless hand would; the folder is deleted with it.
/// </summary>
internal sealed class ManifestFolder : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("teams-");

    public string ManifestPath => Path.Combine(_folder.FullName, "manifest.json");

    /// <summary>The files of a package as deploy/teams/package.sh built it.</summary>
    public static async Task<ManifestFolder> ExtractAsync(ZipArchive package, CancellationToken cancellationToken = default)
    {
        var folder = new ManifestFolder();
        await package.ExtractToDirectoryAsync(folder._folder.FullName, cancellationToken);
        return folder;
    }

    /// <summary>The named files of deploy/teams as they are in the repository.</summary>
    public static ManifestFolder CopyOfRepository(params string[] files)
    {
        var folder = new ManifestFolder();
        foreach (var file in files)
        {
            File.Copy(RepositoryRoot.Combine("deploy", "teams", file), Path.Combine(folder._folder.FullName, file));
        }

        return folder;
    }

    /// <summary>Changes the manifest and returns its path.</summary>
    public async Task<string> EditAsync(Action<JsonNode> edit, CancellationToken cancellationToken = default)
    {
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(ManifestPath, cancellationToken))!;
        edit(manifest);
        await File.WriteAllTextAsync(ManifestPath, manifest.ToJsonString(), cancellationToken);
        return ManifestPath;
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
