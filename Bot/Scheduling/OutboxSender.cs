using System.Net;
using CoordinatorBot.Storage.Outbox;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Scheduling;

/// <summary>
/// Delivers the outbox: claims due messages, opens a person's 1:1 chat when needed, paces sends within Teams' limits,
/// and records each message's final status code. 429, 412 and 5xx are tried again later with backoff (the connector
/// client already honoured Retry-After); 403 (e.g. MessageWritesBlocked) and other refusals are final.
/// </summary>
public sealed partial class OutboxSender(
    OutboxStore outbox,
    ConnectorClient connector,
    SendRateGate gate,
    IOptions<SchedulingOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger,
    StorageOutage outage,
    BotMetrics? metrics = null) : BackgroundService
{
    private readonly SchedulingOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await DeliverDueAsync(stoppingToken);
                outage.Answered();
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested && outage.Noted(e, "outbox", stoppingToken))
            {
                // Nothing is lost: what was claimed is claimed again when its claim runs out.
                await Task.Delay(outage.Wait(), time, stoppingToken);
                continue;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, e);
                sent = 0;
            }

            if (sent == 0)
            {
                await Task.Delay(_options.IdlePoll, time, stoppingToken);
            }
        }
    }

    /// <summary>One pass: claims what is due and delivers it; returns how many messages were handled.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var rows = await outbox.ClaimAsync(time.GetUtcNow(), _options.ClaimFor, _options.SenderConcurrency * 8, cancellationToken);
        metrics?.OutboxScanned(rows.Count, rows.Count == 0 ? TimeSpan.Zero : time.GetUtcNow() - rows.Min(r => r.NotBefore));
        using var slots = new SemaphoreSlim(_options.SenderConcurrency);
        await Task.WhenAll(rows.Select(async row =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                await DeliverAsync(row, cancellationToken);
            }
            finally
            {
                slots.Release();
            }
        }));
        return rows.Count + await DeliverRoundsAsync(cancellationToken);
    }

    public const string ReachedByChat = "chat";
    public const string ReachedByChannel = "channel";

    /// <summary>
    /// The rounds whose people could not be reached in a 1:1 chat: one post per round in the team's channel that
    /// @mentions each of them with their own message; returns how many messages it carried.
    /// </summary>
    private async Task<int> DeliverRoundsAsync(CancellationToken cancellationToken)
    {
        var rows = await outbox.ClaimRoundsAsync(time.GetUtcNow(), _options.ClaimFor, cancellationToken);
        foreach (var round in rows.GroupBy(r => RecordJson.Read<OutboxTarget>(r.TargetJson) is var t ? (t.ServiceUrl, t.FallbackChannel, t.BotId, t.TenantId, t.Round) : default))
        {
            var (serviceUrl, channel, _, tenantId, _) = round.Key;
            var people = round.OrderBy(r => r.CreatedAt).ToList();
            var sent = 0;
            try
            {
                var posts = ChannelRoundPost.Compose(channel!, people.Select(r =>
                    (RecordJson.Read<OutboxTarget>(r.TargetJson), JsonSerializer.Deserialize<Activity>(r.ActivityJson, ProtocolJson.Options)!)).ToList());
                foreach (var (post, count) in posts)
                {
                    await gate.WaitAsync(tenantId, channel!, cancellationToken);
                    var id = await connector.SendAsync(serviceUrl, channel!, post, cancellationToken);
                    foreach (var row in people.Skip(sent).Take(count))
                    {
                        row.ReachedBy = ReachedByChannel;
                        await outbox.CompleteAsync(row, OutboxStatus.Sent, (int)HttpStatusCode.OK, null, time.GetUtcNow(), null, id, cancellationToken);
                    }

                    sent += count;
                }
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException or ServiceUrlNotAllowedException && !cancellationToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, e, people.Count - sent);
                foreach (var row in people.Skip(sent))
                {
                    // Claimed rows not yet posted go back to wait; a round that never posts ends failed like any message.
                    row.Attempts++;
                    var now = time.GetUtcNow();
                    await outbox.CompleteAsync(row, row.Attempts < _options.MaxAttempts ? OutboxStatus.Rerouted : OutboxStatus.Failed,
                        (e as ConnectorException)?.StatusCode is { } status ? (int)status : null, (e as ConnectorException)?.SubCode, now,
                        now + TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, row.Attempts))), null, cancellationToken);
                }
            }
        }

        return rows.Count;
    }

    private async Task DeliverAsync(OutboxEntity row, CancellationToken cancellationToken)
    {
        var target = RecordJson.Read<OutboxTarget>(row.TargetJson);
        try
        {
            var conversationId = target.ConversationId;
            if (conversationId is null)
            {
                await gate.WaitAsync(target.TenantId, $"create|{target.UserId}", cancellationToken);
                try
                {
                    conversationId = (await connector.CreatePersonalConversationAsync(target.ServiceUrl, target.BotId, target.UserId!,
                        target.TenantId, cancellationToken)).Id!;
                }
                catch (ConnectorException e) when (e.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden or HttpStatusCode.NotFound &&
                                                   target.FallbackChannel is not null)
                {
                    // Teams will not open a 1:1 chat with this person (another tenant, the app not installed for them):
                    // the message waits a little for the rest of its round, then goes into the channel with it.
                    LogRerouted(logger, row.Key, (int)e.StatusCode);
                    var now = time.GetUtcNow();
                    await outbox.CompleteAsync(row, OutboxStatus.Rerouted, (int)e.StatusCode, e.SubCode, now, now + _options.RoundGathering, null,
                        cancellationToken);
                    return;
                }
            }

            var activity = JsonSerializer.Deserialize<Activity>(row.ActivityJson, ProtocolJson.Options)!
                with { Conversation = new ConversationAccount { Id = conversationId } };
            await gate.WaitAsync(target.TenantId, conversationId, cancellationToken);
            var id = await connector.SendAsync(target.ServiceUrl, conversationId, activity, cancellationToken);
            row.ReachedBy = target.UserId is null ? null : ReachedByChat;
            await outbox.CompleteAsync(row, OutboxStatus.Sent, (int)HttpStatusCode.OK, null, time.GetUtcNow(), null, id, cancellationToken);
        }
        catch (ConnectorException e) when (IsPassing(e.StatusCode) && row.Attempts < _options.MaxAttempts)
        {
            await RetryLaterAsync(row, (int)e.StatusCode, e.SubCode, cancellationToken);
        }
        catch (ConnectorException e)
        {
            LogFailed(logger, row.Key, (int)e.StatusCode, e.SubCode);
            await outbox.CompleteAsync(row, OutboxStatus.Failed, (int)e.StatusCode, e.SubCode, time.GetUtcNow(), null, null, cancellationToken);
        }
        catch (ServiceUrlNotAllowedException e)
        {
            // A stored address off the allow-list is never called, now or later.
            LogFailed(logger, row.Key, 0, nameof(ServiceUrlNotAllowedException));
            await outbox.CompleteAsync(row, OutboxStatus.Failed, null, e.GetType().Name, time.GetUtcNow(), null, null, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            if (row.Attempts < _options.MaxAttempts)
            {
                await RetryLaterAsync(row, null, null, cancellationToken);
            }
            else
            {
                await outbox.CompleteAsync(row, OutboxStatus.Failed, null, e.GetType().Name, time.GetUtcNow(), null, null, cancellationToken);
            }
        }
    }

    private Task RetryLaterAsync(OutboxEntity row, int? statusCode, string? subCode, CancellationToken cancellationToken)
    {
        var backoff = TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, row.Attempts - 1)) * (0.8 + (Random.Shared.NextDouble() * 0.4)));
        var now = time.GetUtcNow();
        return outbox.CompleteAsync(row, OutboxStatus.Pending, statusCode, subCode, now, now + backoff, null, cancellationToken);
    }

    private static bool IsPassing(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed or >= HttpStatusCode.InternalServerError;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {Key} failed for good with {Status} {SubCode}")]
    private static partial void LogFailed(ILogger logger, string key, int status, string? subCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {Key} goes to the channel: Teams refused the 1:1 chat with {Status}")]
    private static partial void LogRerouted(ILogger logger, string key, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A channel post for {Count} people who cannot be reached in a 1:1 chat failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox pass failed; trying again")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
