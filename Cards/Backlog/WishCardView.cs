namespace CoordinatorBot.Cards.Backlog;

/// <summary>One wish as this person sees it: what they may do with it, the suppliers to choose and the wishes to merge into.</summary>
/// <param name="RecordedOnBehalf">The municipalities whose support the coordinator recorded for them, shown as such.</param>
public sealed record WishCardView(WishRow Row, TimeZoneInfo Zone, string? SupportFor, bool OnBehalf, bool CanTriage, bool CanMerge,
    IReadOnlyList<string> Suppliers, IReadOnlyList<(int Number, string Title)> OtherOpen, IReadOnlySet<string>? RecordedOnBehalf = null);
