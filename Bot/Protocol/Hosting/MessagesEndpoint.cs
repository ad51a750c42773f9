using CoordinatorBot.Bot.Protocol.Authentication;
using CoordinatorBot.Storage;
using CoordinatorBot.Storage.Activities;
using CoordinatorBot.Storage.Tables;

namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>
/// POST /api/messages: size limit (413), parse (400), authenticate (401), Teams only (403), a conversation to answer
/// in (400) at a service URL the bot may call (403), then hand the activity on once (a redelivered activity — the same
/// id in the same conversation — is acknowledged, not handled again: the handler claims it through
/// <see cref="ActivityClaim"/>, unless it recognises its own redeliveries). Invokes answer with their invoke response,
/// or 400 when the bot offers no such invoke; everything else with 200. No handler runs before these checks, and no error shows its details.
/// </summary>
public sealed partial class MessagesEndpoint(
    IOptions<BotOptions> options,
    InboundAuthenticator authenticator,
    ServiceUrlAllowList allowList,
    HandledActivityStore handled,
    UnfinishedClaims unfinished,
    AnsweredActivities answered,
    StorageBudget budget,
    IOptions<StorageOptions> storage,
    IActivityHandler handler,
    TimeProvider time,
    TurnTelemetry telemetry,
    ILogger<MessagesEndpoint> logger)
{
    public const string Path = "/api/messages";

    private readonly BotOptions _options = options.Value;
    private readonly StorageOptions _storage = storage.Value;

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var cancellationToken = context.RequestAborted;
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            activity = null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return Results.BadRequest();
        }

        AuthenticationOutcome authentication;
        try
        {
            authentication = await authenticator.AuthenticateAsync(context.Request.Headers.Authorization.ToString(),
                activity, context.Connection.RemoteIpAddress, cancellationToken);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The keys could not be read: nothing was checked, so nothing is handled; the service will redeliver.
            LogAuthenticationUnavailable(logger, e);
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        if (!authentication.Succeeded)
        {
            LogUnauthorized(logger, context.Connection.RemoteIpAddress?.ToString(), authentication.Failure);
            return Results.Unauthorized();
        }

        // A Web Chat or Direct Line client writes its own channelData (team, tenant): only Teams' is believed.
        if (activity.ChannelId != ChannelIds.MsTeams)
        {
            LogOtherChannel(logger, activity.ChannelId is { Length: > 40 } longId ? longId[..40] + "…" : activity.ChannelId);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || ActivityLimits.TooLong(activity) is not null)
        {
            return Results.BadRequest();
        }

        if (allowList.Refusal(activity.ServiceUrl) is { } refusal)
        {
            // Nothing could be answered there, and the address must not be stored.
            LogServiceUrlRefused(logger, refusal);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        activity = activity with { ServiceUrlVouched = authentication.ServiceUrlVouched };

        // Every table call of the turn, retries included, within the budget: an outage is answered while Teams waits.
        using var storageTime = budget.Begin(_storage.TurnBudget);
        using var turn = telemetry.Begin(activity.Type, activity.TeamId);

        // Teams makes activity ids unique only within a conversation. The handler claims it first, unless it
        // recognises its redeliveries itself.
        var activityId = activity.Id;
        var claim = string.IsNullOrEmpty(activityId)
            ? ActivityClaim.Unneeded()
            : new ActivityClaim((token, ct) => ClaimAsync(conversationId, activityId, token, ct), () => answered.TryRemember(conversationId, activityId));
        try
        {
            var response = await handler.HandleAsync(activity, claim, cancellationToken);
            if (claim.Refused)
            {
                LogRedelivery(logger, activityId!, activity.Type);
                return Results.Ok();
            }

            if (activity.Type == ActivityTypes.Invoke)
            {
                // An invoke the bot does not offer is the caller's mistake, not the bot's failure: 400, not 501.
                return response is null
                    ? Results.BadRequest()
                    : new InvokeAnswer(response);
            }

            return Results.Ok();
        }
        catch (Exception e) when (IsFinalSendFailure(e))
        {
            // The activity was handled; only the answer could not be delivered, and a redelivery would not change
            // that (the connector refused it, or its address may not be called).
            LogAnswerRefused(logger, e, activity.Type, activity.Id);
            return Results.Ok();
        }
        catch (Exception e) when (StorageFault.Is(e, cancellationToken))
        {
            // Storage is away: the same answer for every turn, and the claim released once storage is back.
            turn.StorageUnavailable();
            LogStorageUnavailable(logger, activity.Type, activity.Id);
            if (claim.Token is { } token)
            {
                unfinished.ReleaseLater(conversationId, activityId!, token);
            }

            Forget(claim, conversationId, activityId);

            return await AnswerOutageAsync(activity, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Teams stopped waiting and delivers the activity again: that delivery must not be taken for a repeat.
            Forget(claim, conversationId, activityId);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Let the service redeliver: forget the claim, answer 500 without details.
            turn.Failed();
            LogFailed(logger, e, activity.Type, activity.Id);
            if (claim.Token is { } token)
            {
                await unfinished.ReleaseAsync(conversationId, activityId!, token, CancellationToken.None);
            }

            Forget(claim, conversationId, activityId);

            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    /// <summary>A turn let in on this instance's memory that failed is forgotten, so that its redelivery is handled.</summary>
    private void Forget(ActivityClaim claim, string conversationId, string? activityId)
    {
        if (claim.Remembered)
        {
            answered.Forget(conversationId, activityId!);
        }
    }

    /// <summary>Claims the activity; a claim left by this instance's turn that failed on it does not count.</summary>
    private async Task<bool> ClaimAsync(string conversationId, string activityId, string claim, CancellationToken cancellationToken) =>
        await handled.TryClaimAsync(conversationId, activityId, claim, time.GetUtcNow(), _options.RedeliveryWindow, cancellationToken) ||
        (await unfinished.ReleaseIfFailedAsync(conversationId, activityId, cancellationToken) &&
         await handled.TryClaimAsync(conversationId, activityId, claim, time.GetUtcNow(), _options.RedeliveryWindow, cancellationToken));

    /// <summary>
    /// A press is told, in its card's language, that nothing was saved and to press again; any other turn gets 503, so
    /// that the service delivers it again. The answer needs no storage.
    /// </summary>
    private async Task<IResult> AnswerOutageAsync(Activity activity, CancellationToken cancellationToken)
    {
        InvokeResponse? answer;
        try
        {
            answer = await handler.AnswerStorageOutageAsync(activity, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e, activity.Type, activity.Id);
            answer = null;
        }

        return answer switch
        {
            null => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
            _ when activity.Type == ActivityTypes.Invoke => new InvokeAnswer(answer),
            _ => Results.StatusCode(answer.Status),
        };
    }

    private static bool IsFinalSendFailure(Exception e) =>
        e is ServiceUrlNotAllowedException ||
        e is ConnectorException { StatusCode: var status } && (int)status is >= 400 and < 500 and not 408 and not 412 and not 429;

    /// <summary>Reads at most <see cref="BotOptions.MaxRequestBytes"/>; null when the body is larger.</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = _options.MaxRequestBytes;
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return null;
            }
        }

        return buffer.ToArray();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request from {Caller}: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? caller, string? reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity of channel {ChannelId}: the bot serves Teams only")]
    private static partial void LogOtherChannel(ILogger logger, string? channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity whose service URL may not be called: {Reason}")]
    private static partial void LogServiceUrlRefused(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not authenticate a request: the signing keys are unavailable")]
    private static partial void LogAuthenticationUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} ({Type}) was already handled; acknowledged only")]
    private static partial void LogRedelivery(ILogger logger, string activityId, string? type);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The answer to a {Type} activity {ActivityId} was refused for good")]
    private static partial void LogAnswerRefused(ILogger logger, Exception exception, string? type, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Table Storage did not answer during a {Type} activity {ActivityId}; answered that nothing was saved")]
    private static partial void LogStorageUnavailable(ILogger logger, string? type, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a {Type} activity {ActivityId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
