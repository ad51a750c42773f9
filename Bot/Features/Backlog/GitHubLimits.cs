using Octokit;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// GitHub's refusals as its REST documentation describes them: a primary rate limit (403 or 429 with
/// x-ratelimit-remaining 0 and a reset time), a secondary one (403 or 429 with Retry-After, or its message), a server
/// error: these pass; any other refusal is final.
/// </summary>
public static class GitHubLimits
{
    public static readonly TimeSpan MaxWait = TimeSpan.FromHours(1);

    public static bool IsPassing(ApiException e) => IsRateLimit(e) || (int)e.StatusCode >= 500;

    public static bool IsRateLimit(ApiException e) =>
        e is RateLimitExceededException || e is SecondaryRateLimitExceededException || (int)e.StatusCode == 429 ||
        ((int)e.StatusCode == 403 && (RetryAfterHeader(e) is not null || e.Message.Contains("rate limit", StringComparison.OrdinalIgnoreCase)));

    /// <summary>How long GitHub asks to wait: the primary limit's reset, else Retry-After (at most <see cref="MaxWait"/>).</summary>
    public static TimeSpan? RetryAfter(ApiException e, DateTimeOffset now)
    {
        if (e is RateLimitExceededException limit && limit.Reset > now)
        {
            return limit.Reset - now;
        }

        return RetryAfterHeader(e) is { } seconds && int.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? TimeSpan.FromSeconds(Math.Min(s, MaxWait.TotalSeconds))
            : null;
    }

    private static string? RetryAfterHeader(ApiException e) =>
        e.HttpResponse?.Headers.FirstOrDefault(h => string.Equals(h.Key, "Retry-After", StringComparison.OrdinalIgnoreCase)).Value;
}
