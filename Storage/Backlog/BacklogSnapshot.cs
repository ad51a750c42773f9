using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Storage.Backlog;

/// <summary>A community's wishes, their supports and its backlog items, read in one query.</summary>
public sealed record BacklogSnapshot(IReadOnlyList<Wish> Wishes, IReadOnlyList<WishSupport> Supports, IReadOnlyList<BacklogItem> Items)
{
    public Wish? Wish(int number) => Wishes.FirstOrDefault(w => w.Number == number);

    public BacklogItem? Item(int number) => Items.FirstOrDefault(i => i.Number == number);
}
