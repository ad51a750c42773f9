namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// Brings a store to one layout from the one before. Every step is idempotent — a row already in the new shape is
/// passed over — so a step stopped half way (the process killed) is simply run again from the start.
/// </summary>
public interface ILayoutStep
{
    Task RunAsync(UpgradeContext context, CancellationToken cancellationToken);
}
