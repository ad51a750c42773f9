using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// A wish taken into the backlog by the coordination group: what the supplier delivers against its acceptance
/// criteria. It keeps the wish's number, and every change with who and when.
/// </summary>
public sealed record BacklogItem
{
    public required int Number { get; init; }
    public required string Title { get; init; }
    public required string Need { get; init; }
    public required MoscowClass Class { get; init; }
    public Estimate Estimate { get; init; } = Estimate.None;

    /// <summary>The supplier's company, as the supplier role names it.</summary>
    public required string Supplier { get; init; }

    public IReadOnlyList<AcceptanceCriterion> Criteria { get; init; } = [];
    public ItemStatus Status { get; init; } = ItemStatus.New;

    /// <summary>Who raised the wish, to be told of each change.</summary>
    public required string RaisedById { get; init; }

    /// <summary>The municipalities that supported the wish when it was accepted, to be told of each change.</summary>
    public IReadOnlyList<string> Municipalities { get; init; } = [];

    /// <summary>The steering group's decision on the item ("B-2026-014"), when it went beyond the mandate.</summary>
    public string? DecisionNumber { get; init; }

    /// <summary>
    /// While a proposal to the steering group is being made for the item: a second press at the same moment finds it
    /// and proposes nothing; a claim older than <see cref="ItemLifecycle.EscalationClaim"/> was lost and is taken again.
    /// </summary>
    public DateTimeOffset? EscalatingSince { get; init; }

    /// <summary>The public issue (GitHub), when there is one.</summary>
    public string? IssueUrl { get; init; }

    /// <summary>The public issue's number in its repository, to close it at delivery.</summary>
    public int? IssueNumber { get; init; }

    /// <summary>
    /// The release that shipped the delivered item ("3.2.0"), marked by its supplier; none: not delivered, or delivered
    /// and waiting for a release (an item stored before releases existed reads so).
    /// </summary>
    public string? ReleaseVersion { get; init; }

    /// <summary>When the item was prioritised: the budget period it counts in.</summary>
    public DateTimeOffset? PrioritisedAt { get; init; }

    public IReadOnlyList<ItemChange> History { get; init; } = [];

    /// <summary>Counts against the budget: prioritised and not rejected.</summary>
    public bool IsCommitted => Status is ItemStatus.Prioritised or ItemStatus.InProgress or ItemStatus.InTest or ItemStatus.Delivered;
}
