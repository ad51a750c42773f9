namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>How the connector client retries (PROTOCOL.md §5); configuration section "Bot:Retry".</summary>
public sealed class ConnectorRetryOptions
{
    public int MaxRetries { get; set; } = 3;
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest Retry-After the client will wait for; a longer one is returned to the caller.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Random spread of each backoff, ±20 %.</summary>
    public double Jitter { get; set; } = 0.2;
}
