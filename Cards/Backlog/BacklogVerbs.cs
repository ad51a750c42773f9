namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder so that a feature adds its verbs here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CardVerbs.
/// <summary>The verbs of wishes and the backlog's items, and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string WishSave = "wish.save";
    public const string WishSupport = "wish.support";
    public const string WishesPage = "wishes.page";
    public const string WishAccept = "wish.accept";
    public const string WishDecline = "wish.decline";
    public const string WishMerge = "wish.merge";
    public const string WishShow = "wish.show";
    public const string ItemShow = "item.show";
    public const string ItemMove = "item.move";
    public const string ItemEstimate = "item.estimate";
    public const string ItemPrioritise = "item.prioritise";
    public const string ItemEscalate = "item.escalate";
    public const string WishKey = "wish";
    public const string ItemKey = "item";
    public const string StatusKey = "status";
    public const string ForceKey = "force";
}
