namespace CoordinatorBot.Domain.Backlog;

/// <summary>An open wish with the municipalities that support it, each once (<see cref="WishSupports.Ranked"/>).</summary>
public sealed record RankedWish(Wish Wish, IReadOnlyList<string> Municipalities)
{
    public int Count => Municipalities.Count;
}
