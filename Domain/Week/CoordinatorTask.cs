namespace CoordinatorBot.Domain.Week;

/// <summary>
/// A task of the coordinator. A recurring task is due on <see cref="Due"/> and then every week, month or year after;
/// <see cref="DoneThrough"/> is the last occurrence done. A default task has a <see cref="DefaultKey"/> whose title exists
/// in Danish and English.
/// </summary>
public sealed record CoordinatorTask(string Id, string? DefaultKey, string? Title, MoscowClass Class, decimal EstimateHours,
    Recurrence Recurrence, DateOnly Due, string? Link = null, DateOnly? DoneThrough = null)
{
    public const int MaxTitleLength = Text.TextLimits.TaskTitle;

    /// <summary>The first occurrence not yet done, or null when a one-off task is done.</summary>
    public DateOnly? NextOpen => Occurrences.FirstAfter(this, DoneThrough);

    /// <summary>Marks the first open occurrence as done; a recurring task then falls due at its next occurrence.</summary>
    public CoordinatorTask MarkDone() => NextOpen is { } open ? this with { DoneThrough = open } : this;
}
