namespace CoordinatorBot.Storage.Layouts;

/// <summary>One layout of the stored tables: the release that first wrote it, what changed, and the step to it.</summary>
/// <param name="Number">The layout's number, one more than the one before.</param>
/// <param name="Release">The commit of the release that first wrote it.</param>
/// <param name="Changes">What it changed, and why the step does what it does (or nothing).</param>
/// <param name="Steps">What brings a store from the layout before to this one, in order; none when rows of the one before read as they are.</param>
public sealed record Layout(int Number, string Release, string Changes, IReadOnlyList<ILayoutStep> Steps);
