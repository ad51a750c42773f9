using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Cards.Backlog;

/// <summary>One open wish on the list: its supporting municipalities and whether it is ready for triage.</summary>
public sealed record WishRow(Wish Wish, IReadOnlyList<string> Municipalities, bool IsReady);
