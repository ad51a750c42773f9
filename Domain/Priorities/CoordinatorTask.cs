namespace CoordinatorBot.Domain.Priorities;

/// <summary>
/// A task of the coordinator. A recurring task is due on <see cref="Due"/> and then every week, month or year after;
/// <see cref="DoneThrough"/> is the last occurrence done. A default task has a <see cref="DefaultKey"/> whose title exists
/// in Danish and English.
/// </summary>
public sealed record CoordinatorTask(string Id, string? DefaultKey, string? Title, MoscowClass Class, decimal EstimateHours,
    Recurrence Recurrence, DateOnly Due, string? Link = null, DateOnly? DoneThrough = null)
{
    public const int MaxTitleLength = Text.TextLimits.TaskTitle;

    /// <summary>How long "Udført" can be taken back.</summary>
    public static readonly TimeSpan UndoWindow = TimeSpan.FromDays(1);

    /// <summary>When the last occurrence was marked done, and what was done before it: enough to take it back.</summary>
    public DateTimeOffset? DoneAt { get; init; }
    public DateOnly? DoneThroughBefore { get; init; }

    /// <summary>The first occurrence not yet done, or null when a one-off task is done.</summary>
    public DateOnly? NextOpen => Occurrences.FirstAfter(this, DoneThrough);

    /// <summary>Marks the first open occurrence as done; a recurring task then falls due at its next occurrence.</summary>
    public CoordinatorTask MarkDone(DateTimeOffset at) =>
        NextOpen is { } open ? this with { DoneThrough = open, DoneAt = at, DoneThroughBefore = DoneThrough } : this;

    /// <summary>Whether the last "done" can still be taken back.</summary>
    public bool CanUndo(DateTimeOffset now) => DoneAt is { } at && now - at < UndoWindow;

    /// <summary>Takes the last "done" back within a day; null when there is nothing to take back.</summary>
    public CoordinatorTask? Undo(DateTimeOffset now) =>
        CanUndo(now) ? this with { DoneThrough = DoneThroughBefore, DoneAt = null, DoneThroughBefore = null } : null;
}
