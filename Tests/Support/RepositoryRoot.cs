namespace CoordinatorBot.Tests.Support;

/// <summary>The checkout the tests were built from: where deploy/ and the scripts are.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "CoordinatorBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No CoordinatorBot.sln above {AppContext.BaseDirectory}.");
    }
}
