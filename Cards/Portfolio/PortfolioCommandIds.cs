namespace CoordinatorBot.Cards.Composers;

// Part of CommandIds, kept in the feature's folder (see BacklogCommandIds).
/// <summary>The ids of the Portfolio feature's commands.</summary>
public static partial class CommandIds
{
    public const string Portfolio = "Portfolio";
}
