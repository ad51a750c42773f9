using CoordinatorBot.Storage.Scheduling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CoordinatorBot.Storage.Layouts;

/// <summary>
/// Brings the store to this code's layout at start-up, before the bot takes a request: one instance at a time (a lease
/// in the leases table; the others wait for it), one step after the other, recording each finished step in the
/// store's layout row, so that an upgrade stopped half way resumes with the step it was in. A store of a newer layout
/// stops the start with a log line that says so: this code must not write over what it does not know.
/// </summary>
public sealed partial class StoreUpgrader(
    StorageTables tables,
    StoreLayoutRow layoutRow,
    LeaseStore leases,
    TimeProvider time,
    ILogger<StoreUpgrader> logger) : IHostedService
{
    public const string LeaseName = "layout-upgrade";
    private static readonly TimeSpan LeaseFor = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan WaitBetweenLooks = TimeSpan.FromSeconds(2);
    private readonly string _instance = Guid.NewGuid().ToString("N");

    public Task StartAsync(CancellationToken cancellationToken) => BringForwardAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Brings the store to <see cref="StoreLayout.Current"/>; returns the layouts whose steps it ran.</summary>
    /// <exception cref="NewerLayoutException">The store's layout is newer than this code's.</exception>
    public async Task<IReadOnlyList<int>> BringForwardAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var layout = await layoutRow.ReadAsync(cancellationToken);
            if (layout == StoreLayout.Current)
            {
                return [];
            }

            if (layout > StoreLayout.Current)
            {
                LogNewer(logger, layout.Value, StoreLayout.Current);
                throw new NewerLayoutException(layout.Value, "the store");
            }

            if (layout is null && await IsNewAsync(cancellationToken))
            {
                // Nothing to bring forward; two instances that both write this write the same.
                await layoutRow.WriteAsync(StoreLayout.Current, BotVersion, cancellationToken);
                return [];
            }

            if (await leases.TryAcquireAsync(LeaseName, _instance, time.GetUtcNow(), LeaseFor, cancellationToken))
            {
                try
                {
                    return await UpgradeAsync(cancellationToken);
                }
                finally
                {
                    await leases.ReleaseAsync(LeaseName, _instance, CancellationToken.None);
                }
            }

            LogWaiting(logger);
            await Task.Delay(WaitBetweenLooks, time, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<int>> UpgradeAsync(CancellationToken cancellationToken)
    {
        // Read again under the lease: another instance may have finished meanwhile.
        var layout = await layoutRow.ReadAsync(cancellationToken);
        if (layout >= StoreLayout.Current)
        {
            return [];
        }

        // Releases 1–4 recorded no layout: every step runs, passing over the rows already in its shape.
        layout ??= LayoutHistory.Layouts[0].Number;

        var context = new UpgradeContext(tables, KeepLeaseAsync);
        var ran = new List<int>();
        foreach (var next in LayoutHistory.Layouts.Where(l => l.Number > layout))
        {
            LogStep(logger, next.Number - 1, next.Number, next.Release);
            foreach (var step in next.Steps)
            {
                await step.RunAsync(context, cancellationToken);
            }

            if (next.Steps.Count > 0)
            {
                ran.Add(next.Number);
            }

            await layoutRow.WriteAsync(next.Number, BotVersion, cancellationToken);
        }

        LogDone(logger, StoreLayout.Current);
        return ran;
    }

    private async Task KeepLeaseAsync(CancellationToken cancellationToken)
    {
        if (!await leases.TryAcquireAsync(LeaseName, _instance, time.GetUtcNow(), LeaseFor, cancellationToken))
        {
            throw new InvalidOperationException("Another instance took the upgrade over; this one stops and starts again.");
        }
    }

    /// <summary>A store without a community holds nothing a layout applies to (a new deployment, a test's tables).</summary>
    private async Task<bool> IsNewAsync(CancellationToken cancellationToken)
    {
        if ((await tables.ExistingAsync(LayoutHistory.RetiredTables, cancellationToken)).Count > 0)
        {
            return false;
        }

        await foreach (var _ in tables[TableNames.Communities].QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: cancellationToken))
        {
            return false;
        }

        return true;
    }

    private static string BotVersion => Backup.TableBackup.BotVersion;

    [LoggerMessage(Level = LogLevel.Critical, Message = "The stored tables have layout {Layout}, newer than this bot's {Known}: a newer release wrote them. This bot does not start, so that it never writes over them; deploy that release or a newer one")]
    private static partial void LogNewer(ILogger logger, int layout, int known);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance is bringing the stored tables forward; waiting for it")]
    private static partial void LogWaiting(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bringing the stored tables from layout {From} to {To} (release {Release})")]
    private static partial void LogStep(ILogger logger, int from, int to, string release);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The stored tables have layout {Layout} now")]
    private static partial void LogDone(ILogger logger, int layout);
}
