namespace CoordinatorBot.Bot.Scheduling;

/// <summary>Configuration section "Scheduling": how often jobs are looked at, and the Teams limits the outbox keeps.</summary>
public sealed class SchedulingOptions
{
    public const string Section = "Scheduling";

    /// <summary>How often the instance holding the lease looks for due jobs.</summary>
    public TimeSpan Tick { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a lease lasts unless renewed; another instance takes over after it.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Proactive messages a second to one tenant, all conversations together (Teams allows 50).</summary>
    public double TenantRatePerSecond { get; set; } = 30;

    /// <summary>Messages sent at the same time.</summary>
    public int SenderConcurrency { get; set; } = 8;

    /// <summary>How long a sender holds a message before another may take it (when the first died).</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many times a message is tried before it is recorded as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>How long the sender waits when the outbox is empty.</summary>
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a message that must go to the channel waits for the rest of its round, so they go as one post.</summary>
    public TimeSpan RoundGathering { get; set; } = TimeSpan.FromSeconds(30);
}
