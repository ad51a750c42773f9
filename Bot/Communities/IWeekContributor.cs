using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// What another feature adds to the week (the backlog's wishes waiting for triage, a supplier's items in progress),
/// without the priorities feature knowing that feature.
/// </summary>
public interface IWeekContributor
{
    /// <summary>What waits for the coordinator, as items of the week's plan.</summary>
    Task<IReadOnlyList<PlanItem>> WaitingForCoordinatorAsync(Community community, DateOnly today, CancellationToken cancellationToken);

    /// <summary>Sections of one person's weekly nudge; none when nothing of this feature is theirs.</summary>
    Task<IReadOnlyList<NudgeSection>> NudgeSectionsAsync(Community community, Member person, Texts texts, CancellationToken cancellationToken);
}
