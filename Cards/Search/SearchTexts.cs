using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Search;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Search texts that choose their key: what a hit is, a wish's status.</summary>
public sealed partial class Texts
{
    [TextPerValue] public partial string SearchKindName(RecordKind kind);

    [TextPerValue] public partial string SearchWishStatusName(WishStatus status);
}
