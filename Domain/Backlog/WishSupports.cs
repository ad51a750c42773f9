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
    public static IReadOnlyList<(Wish Wish, int Count)> Ranked(IEnumerable<Wish> wishes, IReadOnlyList<WishSupport> supports) =>
        [.. wishes.Where(w => w.IsOpen).Select(w => (Wish: w, Count: Count(w, supports)))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Wish.RaisedAt).ThenBy(r => r.Wish.Number)];

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
}
