using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Cards.Status;

/// <summary>What the governance card shows: the report, the bot's suggestions, the section open, and whether the reader may edit.</summary>
public sealed record GovernanceView(GovernanceReport Report, IReadOnlyList<GovernanceSuggestion> Suggestions, GovernanceSection Section,
    TimeZoneInfo Zone, bool CanEdit)
{
    /// <summary>The suggestions for items not yet assessed: those the coordinator still has to confirm.</summary>
    public IReadOnlyList<GovernanceSuggestion> Unconfirmed =>
        [.. Suggestions.Where(s => Report.MarkOf(s.ItemId) == GovernanceMark.NotAssessed)];
}
