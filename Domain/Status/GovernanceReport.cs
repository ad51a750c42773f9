namespace CoordinatorBot.Domain.Status;

/// <summary>
/// The community's governance report: its target level, each assessed item's latest entry, and every change kept with
/// who and when (<see cref="History"/>, oldest first).
/// </summary>
public sealed record GovernanceReport
{
    public GovernanceLevel TargetLevel { get; init; } = GovernanceLevel.One;
    public IReadOnlyList<GovernanceEntry> History { get; init; } = [];

    public static GovernanceReport Empty { get; } = new();

    /// <summary>The latest entry for an item; null when it has not been assessed.</summary>
    public GovernanceEntry? Entry(string itemId) => History.LastOrDefault(e => e.ItemId == itemId);

    public GovernanceMark MarkOf(string itemId) => Entry(itemId)?.Mark ?? GovernanceMark.NotAssessed;

    public GovernanceReport With(GovernanceEntry entry) => this with { History = [.. History, entry] };

    /// <summary>The items of the target level and below that are neither met nor not relevant.</summary>
    public IReadOnlyList<GovernanceItem> MissingFor(GovernanceLevel level) =>
        [.. GovernanceChecklist.Items.Where(i => i.Level <= level && MarkOf(i.Id) is not (GovernanceMark.Met or GovernanceMark.NotRelevant))];

    /// <summary>
    /// The highest level whose items, and those of every level below, are met or not relevant; null when not even the
    /// sandbox's are. What the secretariat's portfolio sets against the target.
    /// </summary>
    public GovernanceLevel? ReachedLevel() =>
        Enum.GetValues<GovernanceLevel>().Where(l => MissingFor(l).Count == 0).Select(l => (GovernanceLevel?)l).LastOrDefault();
}
