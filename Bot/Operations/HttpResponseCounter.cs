namespace CoordinatorBot.Bot.Operations;

/// <summary>Counts every answer a named HTTP client gets, each try included (it sits innermost, below any retry).</summary>
public sealed class HttpResponseCounter(BotMetrics metrics, string client) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        metrics.Responded(client, (int)response.StatusCode);
        return response;
    }
}
