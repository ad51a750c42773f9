using System.Text.Json;
using CoordinatorBot.Bot.Operations;
using CoordinatorBot.Bot.Protocol.Authentication;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Storage.Activities;
using Microsoft.Extensions.Options;

namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>
/// POST /api/messages: size limit (413), parse (400), authenticate (401), then hand the activity on once (a
/// redelivered id is acknowledged, not handled again). Invokes answer with their invoke response, or 501 when nothing
/// handled them; everything else with 200. No handler runs before authentication, and no error shows its details.
/// </summary>
public sealed partial class MessagesEndpoint(
    IOptions<BotOptions> options,
    InboundAuthenticator authenticator,
    ServiceUrlTrust trust,
    HandledActivityStore handled,
    IActivityHandler handler,
    TimeProvider time,
    TurnTelemetry telemetry,
    ILogger<MessagesEndpoint> logger)
{
    public const string Path = "/api/messages";

    private readonly BotOptions _options = options.Value;

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

        if (!string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            trust.Trust(activity.ServiceUrl);
        }

        var claimed = !string.IsNullOrEmpty(activity.Id);
        if (claimed && !await handled.TryClaimAsync(activity.Id!, time.GetUtcNow(), _options.RedeliveryWindow, cancellationToken))
        {
            LogRedelivery(logger, activity.Id!, activity.Type);
            return Results.Ok();
        }

        using var turn = telemetry.Begin(activity.Type, activity.TeamId);
        try
        {
            var response = await handler.HandleAsync(activity, cancellationToken);
            if (activity.Type == ActivityTypes.Invoke)
            {
                return response is null
                    ? Results.StatusCode(StatusCodes.Status501NotImplemented)
                    : Results.Json(response.Body, ProtocolJson.Options, statusCode: response.Status);
            }

            return Results.Ok();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Let the service redeliver: forget the claim, answer 500 without details.
            turn.Failed();
            LogFailed(logger, e, activity.Type, activity.Id);
            if (claimed)
            {
                await handled.ReleaseAsync(activity.Id!, CancellationToken.None);
            }

            return Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

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

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not authenticate a request: the signing keys are unavailable")]
    private static partial void LogAuthenticationUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} ({Type}) was already handled; acknowledged only")]
    private static partial void LogRedelivery(ILogger logger, string activityId, string? type);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handling a {Type} activity {ActivityId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, string? type, string? activityId);
}
