using System.Collections.Immutable;
using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Storage.Backlog;

/// <summary>
/// A community's wishes, their supports (as they count: <see cref="WishSupports.Rehomed"/>) and its backlog items,
/// read in one query. The open wishes' ranking is worked out once per reading and carried along when a support is
/// added (<see cref="WithSupport"/>), so that answering a support costs the same with ten supports or four thousand.
/// </summary>
public sealed class BacklogSnapshot(IReadOnlyList<Wish> wishes, IReadOnlyList<WishSupport> supports, IReadOnlyList<BacklogItem> items)
{
    private IReadOnlyList<RankedWish>? _ranked;

    public IReadOnlyList<Wish> Wishes => wishes;

    public IReadOnlyList<WishSupport> Supports => supports;

    public IReadOnlyList<BacklogItem> Items => items;

    /// <summary>The open wishes by their support (<see cref="WishSupports.Ranked"/>).</summary>
    public IReadOnlyList<RankedWish> Ranked => _ranked ??= WishSupports.Ranked(wishes, supports);

    public Wish? Wish(int number) => wishes.FirstOrDefault(w => w.Number == number);

    public BacklogItem? Item(int number) => items.FirstOrDefault(i => i.Number == number);

    /// <summary>This reading with one support more, as it counts; its ranking changed in one wish's place.</summary>
    public BacklogSnapshot WithSupport(WishSupport support)
    {
        var counted = WishSupports.Rehomed(wishes, [support])[0];
        var more = (supports as ImmutableList<WishSupport> ?? [.. supports]).Add(counted);
        return new BacklogSnapshot(wishes, more, items) { _ranked = WishSupports.WithSupport(Ranked, counted) };
    }
}
