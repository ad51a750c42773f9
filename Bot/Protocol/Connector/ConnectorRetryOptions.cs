namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>How the connector client retries (PROTOCOL.md §5); configuration section "Bot:Retry".</summary>
public sealed class ConnectorRetryOptions
{
    /// <summary>Retries after the first attempt (so at most MaxRetries + 1 requests).</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The median wait before the first retry; it doubles with each further retry.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest computed backoff. A Retry-After from Teams is waited out in full, up to MaxRetryAfter.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>The longest Retry-After the client will wait for; a longer one is returned to the caller.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Randomise each backoff, so that many senders that failed together do not retry together.</summary>
    public bool UseJitter { get; set; } = true;

    /// <summary>One request may take this long before it is abandoned (and retried).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A call, all its retries and waits included, ends after this long.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);
}
