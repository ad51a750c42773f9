using Microsoft.Extensions.Http;

namespace CoordinatorBot.Bot.Operations;

/// <summary>
/// Puts an <see cref="HttpResponseCounter"/> last in every named client's handler chain, after the handlers the client
/// was configured with, so that retried 429s and 5xx are each counted without the clients knowing about metrics.
/// </summary>
public sealed class HttpResponseCounterFilter(BotMetrics metrics) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next) => builder =>
    {
        next(builder);
        builder.AdditionalHandlers.Add(new HttpResponseCounter(metrics, string.IsNullOrEmpty(builder.Name) ? "default" : builder.Name));
    };
}
