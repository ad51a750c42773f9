namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Files another feature adds to the community's export, next to the decision log (the backlog's pages and CSV),
/// without the decisions feature knowing that feature.
/// </summary>
public interface IExportSection
{
    /// <summary>The files, by their path in the zip (e.g. "backlog/index.md").</summary>
    Task<IReadOnlyList<(string Path, byte[] Content)>> FilesAsync(Community community, Texts texts, CancellationToken cancellationToken);
}
