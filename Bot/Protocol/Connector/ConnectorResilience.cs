using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>
/// The connector client's retries, from Microsoft.Extensions.Http.Resilience: 412, 429 and 5xx (and a request that
/// failed or timed out) are tried again with exponential backoff and jitter, a bounded number of times; a Retry-After
/// (429, 503) is waited out unless it is longer than <see cref="ConnectorRetryOptions.MaxRetryAfter"/>, when the answer
/// goes back to the caller; a total timeout bounds the whole call. Everything else, 403 above all, is final.
/// </summary>
public static class ConnectorResilience
{
    public const string PipelineName = "connector";

    /// <summary>Adds the pipeline to an HttpClient, with <see cref="ConnectorRetryOptions"/> from the container.</summary>
    public static IHttpClientBuilder AddConnectorResilience(this IHttpClientBuilder builder)
    {
        // The pipeline's total timeout is the one that counts; HttpClient's own 100 s would cut retries short.
        builder.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
        builder.AddResilienceHandler(PipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorRetryOptions>>().Value;
            var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
            pipeline.AddTimeout(options.TotalTimeout);
            if (options.MaxRetries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.MaxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = options.UseJitter,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, time)),
                });
            }

            pipeline.AddTimeout(options.AttemptTimeout);
        });
        return builder;
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, ConnectorRetryOptions options, TimeProvider time)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        var response = outcome.Result!;
        var status = response.StatusCode;
        var retriable = status is HttpStatusCode.PreconditionFailed or HttpStatusCode.TooManyRequests ||
                        (int)status >= 500;
        return retriable && !(RetryAfter(response, time) > options.MaxRetryAfter);
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow(),
        _ => null,
    };
}
