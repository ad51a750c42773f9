namespace CoordinatorBot.Domain.Backlog;

/// <summary>What a backlog item in the coordinator's week plan is (its <see cref="Priorities.PlanItem.DefaultKey"/>).</summary>
public static class BacklogPlanKeys
{
    /// <summary>A wish supported enough to be triaged.</summary>
    public const string WishReady = "backlog.wish";

    /// <summary>A new item beyond the coordination group's mandate, not yet sent to the steering group.</summary>
    public const string BeyondMandate = "backlog.mandate";
}
