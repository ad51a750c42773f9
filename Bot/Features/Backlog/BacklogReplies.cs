using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>The cards the backlog's commands and buttons answer with, and why a person may not do something, in words.</summary>
public sealed class BacklogReplies(BacklogStore store, BacklogService backlog)
{
    /// <summary>The municipality the person speaks for: their municipality role's, read as one of the 98.</summary>
    public static string? OwnMunicipality(Member? actor) =>
        actor?.Holds(Role.Municipality) == true ? Municipalities.Find(actor.Municipality).Municipality : null;

    public static string Refusal(Texts texts, BacklogPermission permission, string? organisation = null) => permission switch
    {
        BacklogPermission.NotInCoordinationGroup => texts.BacklogRefusalTriage,
        BacklogPermission.NotCoordinator => texts.RefusalRole(texts.RoleName(Role.Coordinator)),
        BacklogPermission.NoMunicipality => texts.BacklogRefusalNoMunicipality,
        BacklogPermission.OtherMunicipality => texts.BacklogRefusalOtherMunicipality(Municipalities.OfficialName(organisation ?? string.Empty)),
        BacklogPermission.NotSupplier or BacklogPermission.OtherSupplier => texts.BacklogRefusalSupplier(organisation ?? string.Empty),
        BacklogPermission.BeyondMandate => texts.ItemBeyondMandate,
        _ => texts.BacklogRefusalNotMember,
    };

    /// <summary>The wish list, one page; words filter it: "klar" (ready), a municipality, or anything else searched.</summary>
    /// <param name="recent">The backlog as read within seconds on this instance will do (after a support, which it shows).</param>
    public async Task<Reply> WishesAsync(CommunityTurn turn, int page, string? filter, Notice? notice = null, bool recent = false)
    {
        var texts = turn.Texts;
        var snapshot = recent
            ? await store.RecentAsync(turn.Community.Id, turn.CancellationToken)
            : await store.LoadAsync(turn.Community.Id, turn.CancellationToken);
        var threshold = turn.Community.SupportThreshold;
        var open = snapshot.Ranked
            .Select(r => new WishRow(r.Wish, r.Municipalities, r.Count >= threshold)).ToList();
        var shown = Filter(texts, open, filter);
        var pages = Math.Max(1, (shown.Count + WishListView.PageSize - 1) / WishListView.PageSize);
        page = Math.Clamp(page, 0, pages - 1);
        var actor = turn.Actor;
        var view = new WishListView([.. shown.Skip(page * WishListView.PageSize).Take(WishListView.PageSize)], page, shown.Count, threshold,
            string.IsNullOrWhiteSpace(filter) ? null : filter.Trim(), OwnMunicipality(actor), actor?.Holds(Role.Coordinator) == true,
            BacklogAuthority.MayTriage(actor) == BacklogPermission.Allowed);
        return Reply.WithCard(WishList.Compose(texts, view, notice));
    }

    /// <summary>One wish with the forms this person may use; the list when it is no longer open.</summary>
    public async Task<Reply> WishAsync(CommunityTurn turn, int number, Notice? notice = null)
    {
        var snapshot = await store.LoadAsync(turn.Community.Id, turn.CancellationToken);
        if (snapshot.Wish(number) is not { IsOpen: true } wish)
        {
            return await WishesAsync(turn, 0, null, notice ?? new Notice(turn.Texts.WishNotOpen(number), true));
        }

        var actor = turn.Actor;
        var municipalities = WishSupports.Municipalities(wish, snapshot.Supports);
        var suppliers = turn.Members.Where(m => m.Holds(Role.Supplier) && !string.IsNullOrWhiteSpace(m.Supplier))
            .Select(m => m.Supplier!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var view = new WishCardView(new WishRow(wish, municipalities, municipalities.Count >= turn.Community.SupportThreshold),
            turn.Community.Clock.Zone, OwnMunicipality(actor), actor?.Holds(Role.Coordinator) == true,
            BacklogAuthority.MayTriage(actor) == BacklogPermission.Allowed, BacklogAuthority.MayMerge(actor) == BacklogPermission.Allowed,
            suppliers, [.. snapshot.Ranked.Where(r => r.Wish.Number != number)
                .Select(r => (r.Wish.Number, r.Wish.Title))],
            snapshot.Supports.Where(s => s.WishNumber == number && s.OnBehalf).Select(s => s.Municipality).ToHashSet(StringComparer.Ordinal));
        return Reply.WithCard(WishCard.Compose(turn.Texts, view, notice));
    }

    public async Task<Reply> BoardAsync(CommunityTurn turn, Notice? notice = null) =>
        Reply.WithCard(BacklogBoardCard.Compose(turn.Texts, await backlog.BoardAsync(turn.Community, turn.CancellationToken), notice));

    public async Task<Reply> ItemAsync(CommunityTurn turn, BacklogItem item, Notice? notice = null) =>
        // The items alone: the card shows the item and whether it is beyond the mandate, which rests on the other items.
        Item(turn, item, [.. (await store.ItemsAsync(turn.Community.Id, turn.CancellationToken)).Select(i => i.Item)], notice);

    /// <summary>The item's card from items just read.</summary>
    public Reply Item(CommunityTurn turn, BacklogItem item, IReadOnlyList<BacklogItem> items, Notice? notice = null)
    {
        var current = items.FirstOrDefault(i => i.Number == item.Number) ?? item;
        var actor = turn.Actor;
        var triage = BacklogAuthority.MayTriage(actor) == BacklogPermission.Allowed;
        var view = new ItemView(current, turn.Community.Clock.Zone, BacklogAuthority.MayMove(actor, current) == BacklogPermission.Allowed,
            triage, backlog.IsBeyondMandate(turn.Community, current, items) || current.DecisionNumber is not null, triage);
        return Reply.WithCard(ItemCard.Compose(turn.Texts, view, notice));
    }

    public static int? Number(string? text) =>
        int.TryParse(text?.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static List<WishRow> Filter(Texts texts, List<WishRow> rows, string? filter)
    {
        if (string.IsNullOrWhiteSpace(filter))
        {
            return rows;
        }

        var words = filter.Trim();
        if (texts.Words("WishFilterReadyWords").Contains(TextFolding.Fold(words), StringComparer.Ordinal))
        {
            return [.. rows.Where(r => r.IsReady)];
        }

        if (Municipalities.Find(words).Municipality is { } municipality)
        {
            return [.. rows.Where(r => r.Municipalities.Contains(municipality))];
        }

        var folded = TextFolding.Fold(words);
        return [.. rows.Where(r => TextFolding.Fold($"{r.Wish.Title} {r.Wish.Need}").Contains(folded, StringComparison.Ordinal))];
    }
}
