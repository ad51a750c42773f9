using System.Collections.Concurrent;
using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Priorities;
using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// Wishes and the backlog: raising, supporting, merging, triage, the supplier's moves, the board and escalation to the
/// steering group. Whoever is told of a change is told through the outbox, never inline.
/// </summary>
public sealed class BacklogService(BacklogStore store, BacklogNotifier notifier, IDecisionProposals proposals, GitHubIssues github, TimeProvider time)
{
    private const int MaxAttempts = 5;

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _prioritising = new(StringComparer.Ordinal);

    // How many alike wishes and items the form shows at most.
    private const int MaxSimilar = 5;

    // The steering group gets a week to decide an escalated item: noon on the office day a week on, like a proposal's
    // default deadline, never a weekend, a holiday or the days between Christmas and New Year.
    private static DateTimeOffset EscalationDeadline(Community community, DateTimeOffset now) =>
        community.Clock.ToInstant(Domain.Priorities.OfficeDays.OnOrAfter(community.Clock.Today(now).AddDays(7)), new TimeOnly(12, 0));

    public DateOnly Today(Community community) => community.Clock.Today(time.GetUtcNow());

    /// <summary>
    /// Open wishes and items still in play whose titles look like <paramref name="title"/>, the most alike first. The
    /// words most of them share (the product's name) count as generic among them.
    /// </summary>
    public static IReadOnlyList<SimilarWish> Similar(BacklogSnapshot snapshot, string title)
    {
        var wishes = snapshot.Wishes.Where(w => w.IsOpen).ToList();
        var items = snapshot.Items.Where(i => i.Status != ItemStatus.Rejected).ToList();
        var vocabulary = new WishVocabulary([title, .. wishes.Select(w => w.Title), .. items.Select(i => i.Title)]);
        return [.. wishes.Select(w => (Score: WishSimilarity.Score(title, w.Title, vocabulary),
                Similar: new SimilarWish(w.Number, w.Title, WishSupports.Count(w, snapshot.Supports), false, true)))
            .Concat(items.Select(i => (Score: WishSimilarity.Score(title, i.Title, vocabulary),
                Similar: new SimilarWish(i.Number, i.Title, i.Municipalities.Count, true, false))))
            .Where(s => s.Score >= WishSimilarity.Threshold)
            .OrderByDescending(s => s.Score).Take(MaxSimilar).Select(s => s.Similar)];
    }

    public async Task<Wish> RaiseAsync(Community community, Member actor, string title, string need, string municipality, WishImportance importance,
        CancellationToken cancellationToken)
    {
        var number = await store.NextNumberAsync(community.Id, cancellationToken);
        var wish = new Wish
        {
            Number = number, Title = title, Need = need, Municipality = municipality, Importance = importance,
            RaisedById = actor.AadObjectId, RaisedByName = actor.Name, RaisedAt = time.GetUtcNow(),
            RaiserSupports = BacklogAuthority.MaySupport(actor, municipality) == BacklogPermission.Allowed,
        };
        await store.AddWishAsync(community.Id, wish, cancellationToken);
        return wish;
    }

    /// <summary>One municipality's support; the caller has checked that the actor may support for it.</summary>
    public async Task<SupportOutcome> SupportAsync(Community community, Member actor, int number, string municipality,
        CancellationToken cancellationToken)
    {
        if (await store.GetWishAsync(community.Id, number, cancellationToken) is not { } wish)
        {
            return SupportOutcome.NotFound;
        }

        if (!wish.IsOpen)
        {
            return SupportOutcome.NotOpen;
        }

        if (wish.RaiserSupports && wish.Municipality == municipality)
        {
            return SupportOutcome.AlreadySupported;
        }

        var support = new WishSupport(number, municipality, actor.AadObjectId, actor.Name, time.GetUtcNow(),
            BacklogAuthority.IsOnBehalf(actor, municipality));
        // A merge that closes the wish while this is written leaves this row where it is, and it counts for the wish
        // the merge kept (WishSupports.Rehomed).
        return await store.SupportAsync(community.Id, support, cancellationToken) ? SupportOutcome.Recorded : SupportOutcome.AlreadySupported;
    }

    /// <summary>Merges wish <paramref name="from"/> into <paramref name="into"/>: its supports move, each municipality counted once.</summary>
    public async Task<bool> MergeAsync(Community community, Member actor, int from, int into, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(community.Id, cancellationToken);
        if (from == into || snapshot.Wish(from) is not { IsOpen: true } merged || snapshot.Wish(into) is not { IsOpen: true } kept)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var closed = await store.UpdateWishAsync(community.Id, from, w => w.IsOpen
            ? w with { Status = WishStatus.Merged, MergedInto = into, DecidedByName = actor.Name, DecidedAt = now }
            : null, cancellationToken);
        if (closed is not { Status: WishStatus.Merged } || closed.MergedInto != into)
        {
            return false;
        }

        // The supports as stored now the wish is closed: one given while the merge was pressed is moved too, and one
        // given after this reading stays and counts for the kept wish.
        var keeping = await store.SupportsAsync(community.Id, into, cancellationToken);
        var moving = await store.SupportsAsync(community.Id, from, cancellationToken);
        await store.MoveSupportsAsync(community.Id, moving, WishSupports.Moved(kept, merged, [.. keeping, .. moving]), cancellationToken);
        return true;
    }

    /// <summary>Accepts a wish into the backlog as a new item; the raiser and the supporting municipalities are told.</summary>
    public async Task<BacklogItem?> AcceptAsync(Community community, IReadOnlyList<Member> members, Member actor, int number, MoscowClass moscow,
        Estimate estimate, string supplier, IReadOnlyList<string> criteria, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await DecideAsync(community.Id, number, WishStatus.Accepted, actor, now, w => w, cancellationToken) is not { } wish)
        {
            return null;
        }

        // The whole backlog: supports that reached wishes merged into this one count too.
        var supports = (await store.LoadAsync(community.Id, cancellationToken)).Supports;
        var item = ItemLifecycle.Accept(wish, moscow, estimate, supplier, criteria, WishSupports.Municipalities(wish, supports), actor.Name, now);
        await store.AddItemAsync(community.Id, item, cancellationToken);
        await github.CreateAsync(community.Id, item.Number, cancellationToken);
        await notifier.NotifyAsync(community, members, actor, wish.RaisedById, item.Municipalities, $"wish-accepted|{number}", item.Number,
            t => (t.WishAcceptedTitle(number), t.WishAcceptedText(wish.Title, t.ClassName(moscow))), cancellationToken);
        return item;
    }

    public async Task<Wish?> DeclineAsync(Community community, IReadOnlyList<Member> members, Member actor, int number, string reason,
        CancellationToken cancellationToken)
    {
        if (await DecideAsync(community.Id, number, WishStatus.Declined, actor, time.GetUtcNow(), w => w with { DeclineReason = reason },
                cancellationToken) is not { } wish)
        {
            return null;
        }

        var supports = (await store.LoadAsync(community.Id, cancellationToken)).Supports;
        await notifier.NotifyAsync(community, members, actor, wish.RaisedById, WishSupports.Municipalities(wish, supports), $"wish-declined|{number}", null,
            t => (t.WishDeclinedTitle(number), t.WishDeclinedText(wish.Title, reason)), cancellationToken);
        return wish;
    }

    /// <summary>
    /// Closes the open wish as <paramref name="status"/>, decided by the actor at <paramref name="now"/>; null when it was
    /// not open any more (another decision came first, also one at the same moment).
    /// </summary>
    private async Task<Wish?> DecideAsync(string communityId, int number, WishStatus status, Member actor, DateTimeOffset now,
        Func<Wish, Wish> details, CancellationToken cancellationToken)
    {
        var wish = await store.UpdateWishAsync(communityId, number, w => w.IsOpen
            ? details(w) with { Status = status, DecidedByName = actor.Name, DecidedAt = now }
            : null, cancellationToken);
        return wish is not null && wish.Status == status && wish.DecidedAt == now ? wish : null;
    }

    /// <summary>A supplier's move; the caller has checked that the actor is the item's supplier.</summary>
    public async Task<(MoveOutcome Outcome, BacklogItem? Item)> MoveAsync(Community community, IReadOnlyList<Member> members, Member actor, int number,
        ItemStatus to, IReadOnlySet<int> met, CancellationToken cancellationToken)
    {
        var outcome = MoveOutcome.NotAllowedFromHere;
        var now = time.GetUtcNow();
        var item = await store.UpdateItemAsync(community.Id, number, i =>
        {
            var (result, moved) = ItemLifecycle.Move(i, to, met, actor.Name, now);
            outcome = result;
            return result == MoveOutcome.Moved ? moved : null;
        }, cancellationToken);
        if (outcome == MoveOutcome.Moved && item is not null)
        {
            await notifier.NotifyStatusAsync(community, members, actor, item, cancellationToken);
            if (item.Status == ItemStatus.Delivered)
            {
                await github.CloseAsync(community.Id, item.Number, cancellationToken);
            }
        }

        return (outcome, item);
    }

    public Task<BacklogItem?> EstimateAsync(Community community, Member actor, int number, Estimate estimate, CancellationToken cancellationToken) =>
        store.UpdateItemAsync(community.Id, number, i => ItemLifecycle.Reestimate(i, estimate, actor.Name, time.GetUtcNow()), cancellationToken);

    /// <summary>
    /// Prioritises a new item within the mandate. The answer carries the items as they stand after it, for the card.
    /// Pressed again (or redelivered), a prioritised item answers as prioritised and nothing is written or told twice.
    /// </summary>
    public async Task<Prioritisation> PrioritiseAsync(Community community, IReadOnlyList<Member> members, Member actor, int number,
        CancellationToken cancellationToken)
    {
        var (result, written) = await PrioritiseOnBoardAsync(community, actor, number, cancellationToken);
        if (written)
        {
            // Told after the board is free for the next press.
            await notifier.NotifyStatusAsync(community, members, actor, result.Item!, cancellationToken);
        }

        return result;
    }

    private async Task<(Prioritisation Result, bool Written)> PrioritiseOnBoardAsync(Community community, Member actor, int number,
        CancellationToken cancellationToken)
    {
        // A press on an item already past New is answered from this instance's reading of the last seconds: an item's
        // status never goes back to New, so there is nothing it could write.
        if (store.RecentBoard(community.Id) is { } recent)
        {
            List<BacklogItem> seen = [.. recent.Items.Select(i => i.Item)];
            if (seen.Find(i => i.Number == number) is { } past && PastNew(past) is { } answered)
            {
                return (new(answered, past, seen), false);
            }
        }

        // Checked against the board as read, and written only if no other prioritisation changed it meanwhile: two
        // items prioritised at once cannot both take the last of the budget. A press that must write waits for this
        // instance's other writes and goes on from the board as the last of them wrote it (the store keeps it, and any
        // other backlog change here drops it); one that writes nothing never waits. Only a write by another instance
        // makes a press read again.
        var gate = _prioritising.GetOrAdd(community.Id, static _ => new SemaphoreSlim(1, 1));
        var read = await store.BoardAndItemsAsync(community.Id, cancellationToken);
        var fresh = read;
        var entered = false;
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                List<BacklogItem> items = [.. read.Items.Select(i => i.Item)];
                var index = items.FindIndex(i => i.Number == number);
                if (index < 0 && !ReferenceEquals(read, fresh))
                {
                    // An item added since the board was written: read it.
                    read = fresh = await store.BoardAndItemsAsync(community.Id, cancellationToken);
                    continue;
                }

                if (index < 0)
                {
                    return (new(PrioritiseOutcome.NotFound, null, items), false);
                }

                var outcome = PastNew(items[index]) ?? (IsBeyondMandate(community, items[index], items) ? PrioritiseOutcome.BeyondMandate : null);
                if (outcome is { } settled)
                {
                    return (new(settled, items[index], items), false);
                }

                if (!entered)
                {
                    await gate.WaitAsync(cancellationToken);
                    entered = true;
                    if (store.RecentBoard(community.Id) is { } written && !ReferenceEquals(written, read))
                    {
                        // Another press of this instance wrote (or read) after this read: check again on that.
                        read = written;
                        continue;
                    }
                }

                var item = ItemLifecycle.Prioritise(items[index], actor.Name, time.GetUtcNow())!;
                if (await store.SavePrioritisedAsync(community.Id, read, item, cancellationToken))
                {
                    items[index] = item;
                    return (new(PrioritiseOutcome.Prioritised, item, items), true);
                }

                if (attempt >= MaxAttempts)
                {
                    return (new(PrioritiseOutcome.Busy, items[index], items), false);
                }

                read = fresh = await store.BoardAndItemsAsync(community.Id, cancellationToken);
            }
        }
        finally
        {
            if (entered)
            {
                gate.Release();
            }
        }
    }

    /// <summary>What a press on an item that is no longer New is answered; null for a New item.</summary>
    private static PrioritiseOutcome? PastNew(BacklogItem item) => item switch
    {
        { Status: ItemStatus.Prioritised } => PrioritiseOutcome.Prioritised,
        { Status: not ItemStatus.New } or { DecisionNumber: not null } => PrioritiseOutcome.NotNew,
        _ => null,
    };

    /// <summary>
    /// "Send til styregruppen": a decision proposal for the steering group, linked both ways with the item (the item
    /// keeps the decision's number; the decision's title and context name the item).
    /// </summary>
    public async Task<BacklogItem?> EscalateAsync(Community community, IReadOnlyList<Member> members, Member actor, int number,
        CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(community.Id, cancellationToken);
        if (snapshot.Item(number) is not { Status: ItemStatus.New, DecisionNumber: null } item || !IsBeyondMandate(community, item, snapshot.Items))
        {
            return null;
        }

        // Claimed before the proposal, so that two presses at once put one decision to the steering group.
        var now = time.GetUtcNow();
        var claimed = false;
        await store.UpdateItemAsync(community.Id, number, i =>
        {
            var next = ItemLifecycle.ClaimEscalation(i, now);
            claimed = next is not null;
            return next;
        }, cancellationToken);
        if (!claimed)
        {
            return null;
        }

        var texts = new Texts(community.LanguageOf());
        var title = texts.EscalationTitle(number, item.Title);
        var draft = new DecisionDraft(
            title.Length > TextLimits.DecisionTitle ? title[..(TextLimits.DecisionTitle - 1)] + "…" : title,
            DecisionType.Strategic, DecidingBody.SteeringGroup,
            texts.EscalationContext(number, item.Need, BudgetWords.EstimateText(texts, item.Estimate), BudgetWords.BudgetText(texts, community.BacklogBudget),
                BudgetWords.EstimateText(texts, Committed(community, snapshot.Items))),
            texts.EscalationProposal(number, item.Supplier), null, null, null, EscalationDeadline(community, now), community.SteeringGroupRule);
        var decision = await proposals.ProposeAsync(community, members, actor.AadObjectId, actor.Name, draft, cancellationToken);
        return await store.UpdateItemAsync(community.Id, number, i => ItemLifecycle.Escalate(i, decision.ToString(), actor.Name, now), cancellationToken);
    }

    public async Task<BoardView> BoardAsync(Community community, CancellationToken cancellationToken)
    {
        var snapshot = await store.LoadAsync(community.Id, cancellationToken);
        var today = Today(community);
        var budget = community.BacklogBudget;
        return new BoardView(snapshot.Items, budget, Committed(community, snapshot.Items),
            snapshot.Items.Where(i => IsBeyondMandate(community, i, snapshot.Items)).Select(i => i.Number).ToHashSet(),
            budget.PeriodStart(today), budget.PeriodEnd(today));
    }

    public bool IsBeyondMandate(Community community, BacklogItem item, IReadOnlyList<BacklogItem> items) =>
        BacklogBoard.IsBeyondMandate(item, items, community.BacklogBudget, Today(community), community.Clock.Zone);

    private Estimate Committed(Community community, IReadOnlyList<BacklogItem> items) =>
        BacklogBoard.Committed(items, community.BacklogBudget, Today(community), community.Clock.Zone);
}
