using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Domain.Backlog;

/// <summary>
/// The status machine of a backlog item. The supplier moves prioritised work along (and back from test to work);
/// the coordination group prioritises within its mandate, the steering group's decision beyond it; delivered and
/// rejected are final.
/// </summary>
public static class ItemLifecycle
{
    /// <summary>The moves a supplier makes from each status.</summary>
    public static IReadOnlyList<ItemStatus> SupplierMoves(ItemStatus from) => from switch
    {
        ItemStatus.Prioritised => [ItemStatus.InProgress],
        ItemStatus.InProgress => [ItemStatus.InTest],
        ItemStatus.InTest => [ItemStatus.Delivered, ItemStatus.InProgress],
        _ => [],
    };

    /// <summary>A new item, accepted from a wish by the coordination group.</summary>
    public static BacklogItem Accept(Wish wish, MoscowClass moscow, Estimate estimate, string supplier, IReadOnlyList<string> criteria,
        IReadOnlyList<string> municipalities, string byName, DateTimeOffset at) => new()
    {
        Number = wish.Number,
        Title = wish.Title,
        Need = wish.Need,
        Class = moscow,
        Estimate = estimate,
        Supplier = supplier,
        Criteria = [.. criteria.Select(c => new AcceptanceCriterion(c))],
        RaisedById = wish.RaisedById,
        Municipalities = municipalities,
        History = [new ItemChange(ItemChangeKind.Accepted, byName, at, ItemStatus.New)],
    };

    /// <summary>
    /// A supplier's move. Delivery needs every criterion met: <paramref name="met"/> are the criteria (by index) the
    /// supplier ticks with it.
    /// </summary>
    public static (MoveOutcome Outcome, BacklogItem Item) Move(BacklogItem item, ItemStatus to, IReadOnlySet<int> met, string byName,
        DateTimeOffset at)
    {
        if (item.Status == to)
        {
            return (MoveOutcome.Unchanged, item);
        }

        if (!SupplierMoves(item.Status).Contains(to))
        {
            return (MoveOutcome.NotAllowedFromHere, item);
        }

        var criteria = to == ItemStatus.Delivered
            ? [.. item.Criteria.Select((c, i) => c with { Met = c.Met || met.Contains(i) })]
            : item.Criteria;
        if (to == ItemStatus.Delivered && criteria.Any(c => !c.Met))
        {
            return (MoveOutcome.CriteriaNotMet, item);
        }

        return (MoveOutcome.Moved, item with
        {
            Status = to,
            Criteria = criteria,
            History = [.. item.History, new ItemChange(ItemChangeKind.StatusMoved, byName, at, to)],
        });
    }

    /// <summary>The coordination group prioritises a new item (within its mandate; the caller checks the mandate).</summary>
    // An item sent to the steering group waits for its decision: prioritising it meanwhile would overrule the vote.
    public static BacklogItem? Prioritise(BacklogItem item, string byName, DateTimeOffset at) =>
        item.Status != ItemStatus.New || item.DecisionNumber is not null ? null : item with
        {
            Status = ItemStatus.Prioritised,
            PrioritisedAt = at,
            History = [.. item.History, new ItemChange(ItemChangeKind.StatusMoved, byName, at, ItemStatus.Prioritised)],
        };

    /// <summary>A new estimate from the supplier; an item that is delivered or rejected keeps its own.</summary>
    public static BacklogItem? Reestimate(BacklogItem item, Estimate estimate, string byName, DateTimeOffset at) =>
        item.Status is ItemStatus.Delivered or ItemStatus.Rejected || item.Estimate == estimate ? null : item with
        {
            Estimate = estimate,
            History = [.. item.History, new ItemChange(ItemChangeKind.Estimated, byName, at, null, Detail(estimate))],
        };

    /// <summary>Sent to the steering group as decision <paramref name="decisionNumber"/>.</summary>
    /// <summary>How long a press that is proposing the item to the steering group keeps others out.</summary>
    public static readonly TimeSpan EscalationClaim = TimeSpan.FromMinutes(2);

    /// <summary>The item claimed for a proposal to the steering group; null when it is not new, already waits for a decision, or another press holds it.</summary>
    public static BacklogItem? ClaimEscalation(BacklogItem item, DateTimeOffset at) =>
        item.Status != ItemStatus.New || item.DecisionNumber is not null || at - item.EscalatingSince < EscalationClaim ? null
            : item with { EscalatingSince = at };

    public static BacklogItem? Escalate(BacklogItem item, string decisionNumber, string byName, DateTimeOffset at) =>
        item.Status != ItemStatus.New || item.DecisionNumber is not null ? null : item with
        {
            DecisionNumber = decisionNumber,
            EscalatingSince = null,
            History = [.. item.History, new ItemChange(ItemChangeKind.Escalated, byName, at, null, decisionNumber)],
        };

    /// <summary>
    /// The steering group's decision moves the item: accepted → prioriteret, otherwise → afvist; the decision's
    /// number stays in the history. Null when the item was not waiting for this decision.
    /// </summary>
    public static BacklogItem? Decided(BacklogItem item, string decisionNumber, bool accepted, string byName, DateTimeOffset at) =>
        item.Status != ItemStatus.New || item.DecisionNumber != decisionNumber ? null : item with
        {
            Status = accepted ? ItemStatus.Prioritised : ItemStatus.Rejected,
            PrioritisedAt = accepted ? at : item.PrioritisedAt,
            History = [.. item.History, new ItemChange(ItemChangeKind.DecidedBySteeringGroup, byName, at,
                accepted ? ItemStatus.Prioritised : ItemStatus.Rejected, decisionNumber)],
        };

    private static string Detail(Estimate estimate) =>
        string.Join(" / ", new[] { estimate.Hours is { } h ? FormattableString.Invariant($"{h:0.##} h") : null,
            estimate.Dkk is { } d ? FormattableString.Invariant($"{d:0.##} DKK") : null }
            .Where(s => s is not null));
}
