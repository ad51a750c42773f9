using System.Net;
using Microsoft.Extensions.Options;

namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>
/// Retries what Teams asks to be retried: 429 after its Retry-After (or a backoff when it gives none), and 412, 502,
/// 503 and 504 with exponential backoff and jitter; a bounded number of times. Everything else (403 above all) is
/// final and goes straight back to the caller.
/// </summary>
public sealed partial class ConnectorRetryHandler(IOptions<ConnectorRetryOptions> options, TimeProvider time,
    ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    private readonly ConnectorRetryOptions _options = options.Value;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (attempt >= _options.MaxRetries || Delay(response, attempt) is not { } delay)
            {
                return response;
            }

            LogRetry(logger, request.Method, request.RequestUri, (int)response.StatusCode, delay.TotalMilliseconds, attempt + 1);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private TimeSpan? Delay(HttpResponseMessage response, int attempt)
    {
        switch (response.StatusCode)
        {
            case HttpStatusCode.TooManyRequests:
                return RetryAfter(response) is { } wait ? (wait <= _options.MaxRetryAfter ? wait : null) : Backoff(attempt);
            case HttpStatusCode.PreconditionFailed:
            case HttpStatusCode.BadGateway:
            case HttpStatusCode.ServiceUnavailable:
            case HttpStatusCode.GatewayTimeout:
                return Backoff(attempt);
            default:
                return null;
        }
    }

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private TimeSpan Backoff(int attempt)
    {
        var exponential = _options.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt);
        var jitter = 1 + ((Random.Shared.NextDouble() * 2) - 1) * _options.Jitter;
        return TimeSpan.FromMilliseconds(Math.Min(exponential, _options.MaxDelay.TotalMilliseconds) * jitter);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Method} {Uri} answered {Status}; retry {Attempt} in {DelayMs} ms")]
    private static partial void LogRetry(ILogger logger, HttpMethod method, Uri? uri, int status, double delayMs, int attempt);
}
