namespace CoordinatorBot.Cards.Composers;

// Part of CardVerbs, kept in the feature's folder so that a feature adds its verbs here and no file is edited by
// every feature. The namespace stays CoordinatorBot.Cards.Composers, where every caller already finds CardVerbs.
/// <summary>The verbs of the tasks and the week plan, and the data keys they carry.</summary>
public static partial class CardVerbs
{
    public const string TaskCreate = "task.create";
    public const string TaskEdit = "task.edit";
    public const string TaskDone = "task.done";
    public const string TaskUndo = "task.undo";
    public const string PlanWeek = "plan.week";
    public const string CapacityNote = "plan.capacity";
    public const string TaskKey = "task";
    public const string WeekKey = "week";
}
