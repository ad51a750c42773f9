namespace CoordinatorBot.Domain.Releases;

/// <summary>
/// Where a community stands with reading its repository's releases: when it last read them, and the fault that stops
/// it, told to the coordinator once per fault (<see cref="ToldProblem"/>).
/// </summary>
public sealed record ReleaseSync
{
    public required string Repository { get; init; }
    public DateTimeOffset? LastReadAt { get; init; }

    /// <summary>When the next read may be made: the polling interval, or a rate limit's Retry-After.</summary>
    public DateTimeOffset? NextReadAt { get; init; }
    public ReleaseFault? Problem { get; init; }
    public ReleaseFault? ToldProblem { get; init; }
}
