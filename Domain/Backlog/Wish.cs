namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// A user's wish, raised by a person for a municipality: "Som … ønsker jeg … så …". Its number is the community's
/// (#12) and stays the number of the backlog item it may become.
/// </summary>
public sealed record Wish
{
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string Need { get; init; }

    /// <summary>One of the 98 (<see cref="Onboarding.Municipalities.All"/>), as the raiser's role or choice said.</summary>
    public required string Municipality { get; init; }

    /// <summary>
    /// Whether raising it is the municipality's support: the raiser holds that municipality's role (or is the
    /// coordinator, recording it on the municipality's behalf). A supplier or a body member raising a wish for a
    /// municipality does not speak for it.
    /// </summary>
    public bool RaiserSupports { get; init; } = true;

    public WishImportance Importance { get; init; } = WishImportance.Medium;
    public required string RaisedById { get; init; }
    public required string RaisedByName { get; init; }
    public required DateTimeOffset RaisedAt { get; init; }
    public WishStatus Status { get; init; } = WishStatus.Open;

    /// <summary>The wish this one was merged into.</summary>
    public int? MergedInto { get; init; }

    public string? DeclineReason { get; init; }
    public string? DecidedByName { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }

    public bool IsOpen => Status == WishStatus.Open;
}
