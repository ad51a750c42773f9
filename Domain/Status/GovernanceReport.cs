namespace CoordinatorBot.Domain.Status;

/// <summary>
/// The community's governance report: its target level, each assessed item's latest entry (<see cref="Latest"/>), and
/// changes with who and when (<see cref="History"/>, oldest first). Every change is kept; the report as read holds the
/// newest of them, which is what its card shows, so that reading it costs the same however long its history grows.
/// </summary>
public sealed record GovernanceReport
{
    public GovernanceLevel TargetLevel { get; init; } = GovernanceLevel.One;

    /// <summary>Each assessed item's latest entry, by its id.</summary>
    public IReadOnlyDictionary<string, GovernanceEntry> Latest { get; init; } = new Dictionary<string, GovernanceEntry>(StringComparer.Ordinal);

    /// <summary>The changes read with the report and added to it since, oldest first.</summary>
    public IReadOnlyList<GovernanceEntry> History { get; init; } = [];

    public static GovernanceReport Empty { get; } = new();

    /// <summary>The latest entry for an item; null when it has not been assessed.</summary>
    public GovernanceEntry? Entry(string itemId) => Latest.GetValueOrDefault(itemId);

    public GovernanceMark MarkOf(string itemId) => Entry(itemId)?.Mark ?? GovernanceMark.NotAssessed;

    /// <summary>
    /// The report with one more change. It becomes the item's latest unless that was set later still: of two marks set at
    /// the same moment, the one set last in time counts, whichever was stored first.
    /// </summary>
    public GovernanceReport With(GovernanceEntry entry) => this with
    {
        History = [.. History, entry],
        Latest = IsLatest(entry) ? new Dictionary<string, GovernanceEntry>(Latest, StringComparer.Ordinal) { [entry.ItemId] = entry } : Latest,
    };

    /// <summary>Whether <paramref name="entry"/> would be its item's latest: none is yet, or none set later.</summary>
    private bool IsLatest(GovernanceEntry entry) => Entry(entry.ItemId) is not { } latest || latest.At <= entry.At;

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
