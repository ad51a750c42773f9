namespace CoordinatorBot.Cards.Backlog;

/// <summary>What the wish list shows to this person: one page, and whether they support, triage or act on behalf.</summary>
/// <param name="SupportFor">The municipality the person supports for; null when they support for none.</param>
public sealed record WishListView(IReadOnlyList<WishRow> Rows, int Page, int Total, int Threshold, string? Filter,
    string? SupportFor, bool OnBehalf, bool CanTriage)
{
    public const int PageSize = 10;
}
