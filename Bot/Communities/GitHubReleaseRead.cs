using CoordinatorBot.Domain.Releases;

namespace CoordinatorBot.Bot.Communities;

/// <summary>What reading a repository's releases gave: the releases, or the fault and when to try again (a rate limit's wait).</summary>
public sealed record GitHubReleaseRead(IReadOnlyList<GitHubRelease> Releases, ReleaseFault? Fault = null, TimeSpan? RetryAfter = null)
{
    public static GitHubReleaseRead Failed(ReleaseFault fault, TimeSpan? retryAfter = null) => new([], fault, retryAfter);
}
