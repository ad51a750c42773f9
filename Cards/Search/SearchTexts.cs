using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Search;

namespace CoordinatorBot.Cards.Localization;

/// <summary>The Search texts that choose their key: what a hit is, a wish's status.</summary>
public sealed partial class Texts
{
    public string SearchKindName(RecordKind kind) => kind switch
    {
        RecordKind.Decision => SearchKindDecision, RecordKind.Wish => SearchKindWish,
        RecordKind.Item => SearchKindItem, RecordKind.Meeting => SearchKindMeeting,
        RecordKind.StatusReport => SearchKindStatusReport,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public string SearchWishStatusName(WishStatus status) => status switch
    {
        WishStatus.Open => SearchWishStatusOpen, WishStatus.Accepted => SearchWishStatusAccepted,
        WishStatus.Declined => SearchWishStatusDeclined, WishStatus.Merged => SearchWishStatusMerged,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
