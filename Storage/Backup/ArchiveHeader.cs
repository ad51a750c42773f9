namespace CoordinatorBot.Storage.Backup;

/// <summary>
/// <c>archive.json</c>: what an archive holds and what wrote it. <see cref="Layout"/> is the store's layout when it was
/// written (<see cref="Layouts.StoreLayout"/>; 0 for tables an unversioned release wrote), so that a restore can refuse an
/// archive newer than its code.
/// </summary>
/// <param name="Format">The archive's own format (<see cref="TableArchive.Format"/>).</param>
/// <param name="Bot">The version of the bot that wrote it.</param>
/// <param name="Community">The one community whose rows it holds; null: every row of every table.</param>
public sealed record ArchiveHeader(int Format, string Bot, int Layout, DateTimeOffset CreatedAt, string? Community,
    IReadOnlyList<ArchiveTable> Tables);
