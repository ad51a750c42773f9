namespace CoordinatorBot.Cards.Guides;

/// <summary>How one person sees a guide or case: what the authority allows them, and what the card may name.</summary>
/// <param name="Zone">The community's clock, for the dates.</param>
/// <param name="NamesContact">The contact has consented to be named.</param>
/// <param name="MayDecide">The coordinator, while it waits: approve, ask for changes, decline.</param>
/// <param name="MayRevise">Its proposer, while it waits or was sent back.</param>
/// <param name="Meeting">How the card names the meeting it was presented at; null when none (or none known).</param>
public sealed record GuideView(TimeZoneInfo Zone, bool NamesContact, bool MayDecide, bool MayRevise, string? Meeting, Notice? Notice = null);
