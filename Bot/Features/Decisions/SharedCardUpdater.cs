using System.Collections.Concurrent;
using System.Threading.Channels;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Replaces the shared approval card in the channel (PUT on the original message) after a change, off the voter's
/// request path. Requests for the same decision that arrive while one waits are merged, so fifty votes in a second
/// make a handful of updates, not fifty — Teams allows 7 sends a second in one thread.
/// </summary>
public sealed partial class SharedCardUpdater(
    DecisionViews views,
    CommunityStore communities,
    DecisionStore decisions,
    ConnectorClient connector,
    ILogger<SharedCardUpdater> logger) : BackgroundService
{
    private static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(300);
    private readonly Channel<(string CommunityId, DecisionNumber Number)> _queue = Channel.CreateUnbounded<(string, DecisionNumber)>();
    private readonly ConcurrentDictionary<(string, DecisionNumber), byte> _pending = new();
    private int _inFlight;

    public void Request(string communityId, DecisionNumber number)
    {
        if (_pending.TryAdd((communityId, number), 0))
        {
            Interlocked.Increment(ref _inFlight);
            _queue.Writer.TryWrite((communityId, number));
        }
    }

    /// <summary>True when no update waits or runs (tests wait for this).</summary>
    public bool IsIdle => Volatile.Read(ref _inFlight) == 0;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var (communityId, number) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await Task.Delay(Gather, stoppingToken);
                _pending.TryRemove((communityId, number), out _);
                await UpdateAsync(communityId, number, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The card stays as it was until the next change; the decision itself is saved.
                LogFailed(logger, e, number.ToString(), communityId);
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }
    }

    private async Task UpdateAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken)
    {
        var community = await communities.GetAsync(communityId, cancellationToken);
        var decision = await decisions.GetAsync(communityId, number, cancellationToken);
        if (community is null || decision?.CardActivityId is not { } activityId || decision.CardConversationId is not { } thread)
        {
            return;
        }

        var card = DecisionCard.Shared(new Texts(Language.Danish), await views.ViewAsync(community, decision, cancellationToken));
        await connector.UpdateAsync(community.Channel.ServiceUrl, thread, activityId,
            CommunityChannel.Message(community, thread, card, null), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the card of {Number} in {CommunityId}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string number, string communityId);
}
