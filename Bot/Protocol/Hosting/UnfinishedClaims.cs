using System.Collections.Concurrent;
using CoordinatorBot.Storage.Activities;

namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>
/// The claims of turns that failed, so that the service's redelivery of their activity is handled rather than taken for
/// a duplicate. A claim is released at once when storage answers; when it does not (the turn failed because storage
/// went away after the claim was written), it is kept here and released as soon as storage is back — and at the latest
/// when the redelivery itself finds it.
/// </summary>
public sealed partial class UnfinishedClaims(HandledActivityStore handled, TimeProvider time, ILogger<UnfinishedClaims> logger)
    : BackgroundService
{
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<(string Conversation, string Activity), string> _pending = new();

    /// <summary>How many claims wait for storage to come back.</summary>
    public int Pending => _pending.Count;

    /// <summary>Releases the claim now if storage answers; otherwise keeps it for later.</summary>
    public async Task ReleaseAsync(string conversationId, string activityId, string claim, CancellationToken cancellationToken)
    {
        _pending[(conversationId, activityId)] = claim;
        await TryReleaseAsync((conversationId, activityId), claim, cancellationToken);
    }

    /// <summary>Keeps the claim to release once storage is back (a turn that found storage away waits no longer).</summary>
    public void ReleaseLater(string conversationId, string activityId, string claim) => _pending[(conversationId, activityId)] = claim;

    /// <summary>
    /// For an activity whose claim was refused: true when the claim in the way is a failed turn's, now released, so
    /// that the activity may be claimed again.
    /// </summary>
    public async Task<bool> ReleaseIfFailedAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        _pending.TryGetValue((conversationId, activityId), out var claim) &&
        await TryReleaseAsync((conversationId, activityId), claim, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RetryEvery, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var (key, claim) in _pending)
            {
                if (!await TryReleaseAsync(key, claim, stoppingToken))
                {
                    // Storage is still away: the rest wait for the next round.
                    break;
                }
            }
        }
    }

    private async Task<bool> TryReleaseAsync((string Conversation, string Activity) key, string claim, CancellationToken cancellationToken)
    {
        try
        {
            await handled.ReleaseAsync(key.Conversation, key.Activity, claim, cancellationToken);
            _pending.TryRemove(new KeyValuePair<(string, string), string>(key, claim));
            return true;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Storage is away, or answered oddly: the claim waits for the next round rather than failing the turn.
            LogReleaseWaits(logger, e, _pending.Count);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Count} claims of failed turns wait for Table Storage to be released")]
    private static partial void LogReleaseWaits(ILogger logger, Exception exception, int count);
}
