using CoordinatorBot.Domain.Releases;
using Octokit;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// Reads a repository's releases for the releases feature (<see cref="IGitHubReleases"/>) with the bot's one client and
/// pace: all pages (GitHub's Link headers, 100 a page), conditionally (the client's cache sends If-None-Match), and
/// GitHub's refusals as faults: 404 no such repository (or none the token may see), 401 a bad token, 403 no access,
/// a primary or secondary rate limit with the time to wait, 5xx or no answer.
/// </summary>
public sealed partial class GitHubReleases(GitHubConnection connection, GitHubPace pace, TimeProvider time, ILogger<GitHubReleases> logger)
    : IGitHubReleases
{
    /// <summary>At most this many pages of 100 are read: older releases than 1,000 back are history enough.</summary>
    public const int MaxPages = 10;

    public Task<GitHubReleaseRead> ReadAsync(string repository, CancellationToken cancellationToken) =>
        pace.RunAsync(() => ReadNowAsync(repository), cancellationToken);

    private async Task<GitHubReleaseRead> ReadNowAsync(string repository)
    {
        if (RepositoryName.TryParse(repository)?.Split('/') is not [var owner, var name])
        {
            return GitHubReleaseRead.Failed(ReleaseFault.NotFound);
        }

        try
        {
            var releases = await connection.Client.Repository.Release.GetAll(owner, name, new ApiOptions { PageSize = 100, PageCount = MaxPages });
            return new GitHubReleaseRead([.. releases.Select(r => new GitHubRelease(r.TagName, r.Name, r.Body, r.PublishedAt ?? r.CreatedAt,
                r.HtmlUrl, r.Draft))]);
        }
        catch (NotFoundException)
        {
            return GitHubReleaseRead.Failed(ReleaseFault.NotFound);
        }
        catch (AuthorizationException)
        {
            return GitHubReleaseRead.Failed(ReleaseFault.BadToken);
        }
        catch (ApiException e) when (GitHubLimits.IsRateLimit(e))
        {
            LogLimited(logger, (int)e.StatusCode);
            return GitHubReleaseRead.Failed(ReleaseFault.RateLimited, GitHubLimits.RetryAfter(e, time.GetUtcNow()));
        }
        catch (ApiException e) when ((int)e.StatusCode >= 500)
        {
            return GitHubReleaseRead.Failed(ReleaseFault.Unavailable);
        }
        catch (ApiException e) when ((int)e.StatusCode == 403)
        {
            return GitHubReleaseRead.Failed(ReleaseFault.NoAccess);
        }
        catch (ApiException e)
        {
            LogRefused(logger, (int)e.StatusCode);
            return GitHubReleaseRead.Failed(ReleaseFault.NoAccess);
        }
        catch (HttpRequestException)
        {
            return GitHubReleaseRead.Failed(ReleaseFault.Unavailable);
        }
        catch (TaskCanceledException)
        {
            return GitHubReleaseRead.Failed(ReleaseFault.Unavailable);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "GitHub's rate limit ({StatusCode}) stopped reading releases; tried again later")]
    private static partial void LogLimited(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GitHub refused reading releases with {StatusCode}")]
    private static partial void LogRefused(ILogger logger, int statusCode);
}
