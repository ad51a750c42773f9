namespace CoordinatorBot.Domain.Backlog;

/// <summary>Counting support: one vote per municipality per wish, and the wishes ranked by it.</summary>
public static class WishSupports
{
    /// <summary>The municipalities that support the wish, each once, the raiser's own included.</summary>
    public static IReadOnlyList<string> Municipalities(Wish wish, IEnumerable<WishSupport> supports) =>
        [.. supports.Where(s => s.WishNumber == wish.Number).Select(s => s.Municipality)
            .Concat(wish.RaiserSupports ? [wish.Municipality] : [])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    public static int Count(Wish wish, IEnumerable<WishSupport> supports) => Municipalities(wish, supports).Count;

    /// <summary>Ready for triage: supported by at least <paramref name="threshold"/> municipalities.</summary>
    public static bool IsReady(Wish wish, IEnumerable<WishSupport> supports, int threshold) => Count(wish, supports) >= threshold;

    /// <summary>Open wishes by the number of municipalities supporting them, then the oldest first.</summary>
    public static IReadOnlyList<RankedWish> Ranked(IEnumerable<Wish> wishes, IReadOnlyList<WishSupport> supports)
    {
        // The supports by wish once: a community's list is every wish against every support otherwise.
        var byWish = supports.ToLookup(s => s.WishNumber);
        return InRank(wishes.Where(w => w.IsOpen).Select(w => new RankedWish(w, Municipalities(w, byWish[w.Number]))));
    }

    /// <summary>
    /// What <see cref="Ranked"/> gives with one support more, from what it gave without it: the work of one wish's
    /// municipalities, not of every support (the wish list answers each support, and a community's supports run to
    /// thousands). <paramref name="support"/> is as it counts (<see cref="Rehomed"/>).
    /// </summary>
    public static IReadOnlyList<RankedWish> WithSupport(IReadOnlyList<RankedWish> ranked, WishSupport support)
    {
        for (var i = 0; i < ranked.Count; i++)
        {
            var wish = ranked[i];
            if (wish.Wish.Number != support.WishNumber)
            {
                continue;
            }

            if (wish.Municipalities.Contains(support.Municipality, StringComparer.Ordinal))
            {
                return ranked;
            }

            var supported = wish with { Municipalities = [.. wish.Municipalities.Append(support.Municipality).Order(StringComparer.Ordinal)] };
            return InRank(ranked.Select((r, at) => at == i ? supported : r));
        }

        return ranked;
    }

    /// <summary>
    /// The supports as they count: one given to a wish that was merged meanwhile (after the merge had moved the others)
    /// counts for the wish it was merged into, following merges of merges; the rest as stored.
    /// </summary>
    public static IReadOnlyList<WishSupport> Rehomed(IReadOnlyList<Wish> wishes, IReadOnlyList<WishSupport> supports)
    {
        var mergedInto = wishes.Where(w => w is { Status: WishStatus.Merged, MergedInto: not null }).ToDictionary(w => w.Number, w => w.MergedInto!.Value);
        if (mergedInto.Count == 0)
        {
            return supports;
        }

        return [.. supports.Select(s => mergedInto.ContainsKey(s.WishNumber) ? s with { WishNumber = Home(s.WishNumber, mergedInto) } : s)];
    }

    private static int Home(int number, Dictionary<int, int> mergedInto)
    {
        // A chain of merges is short; the bound only guards against a cycle in damaged data.
        for (var hops = 0; hops < mergedInto.Count && mergedInto.TryGetValue(number, out var into); hops++)
        {
            number = into;
        }

        return number;
    }

    /// <summary>
    /// The supports that move to <paramref name="kept"/> when <paramref name="merged"/> is merged into it: the merged
    /// wish's own municipality and its supporters, except municipalities the kept wish already counts.
    /// </summary>
    public static IReadOnlyList<WishSupport> Moved(Wish kept, Wish merged, IReadOnlyList<WishSupport> supports)
    {
        var already = Municipalities(kept, supports).ToHashSet(StringComparer.Ordinal);
        WishSupport[] raiser = merged.RaiserSupports
            ? [new(kept.Number, merged.Municipality, merged.RaisedById, merged.RaisedByName, merged.RaisedAt, OnBehalf: false)]
            : [];
        return [.. raiser.Concat(supports.Where(s => s.WishNumber == merged.Number).Select(s => s with { WishNumber = kept.Number }))
            .Where(s => already.Add(s.Municipality))];
    }

    private static IReadOnlyList<RankedWish> InRank(IEnumerable<RankedWish> wishes) =>
        [.. wishes.OrderByDescending(r => r.Count).ThenBy(r => r.Wish.RaisedAt).ThenBy(r => r.Wish.Number)];
}
