namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// A repository's releases as GitHub lists them, read by the backlog feature's GitHub client (its token, base address
/// and pace shared with the issues it writes), for the releases feature: one GitHub path for the whole bot.
/// </summary>
public interface IGitHubReleases
{
    /// <summary>
    /// Every page of the repository's releases (GitHub's Link headers followed), asked conditionally (If-None-Match
    /// with the ETag of the last answer, so an unchanged list costs no rate limit); or why they could not be read.
    /// </summary>
    Task<GitHubReleaseRead> ReadAsync(string repository, CancellationToken cancellationToken);
}
