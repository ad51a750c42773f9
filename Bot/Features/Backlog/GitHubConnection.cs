using Octokit;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// The bot's one Octokit client: GitHub's address (or <see cref="GitHubOptions.BaseUrl"/>), the token when set, and a
/// response cache that makes every GET conditional (If-None-Match with the last ETag; a 304 is answered from the cache
/// and does not count against the rate limit, as GitHub documents).
/// </summary>
public sealed class GitHubConnection(IOptions<GitHubOptions> options)
{
    private readonly Lazy<GitHubClient> _client = new(() => Create(options.Value));

    public GitHubClient Client => _client.Value;

    private static GitHubClient Create(GitHubOptions settings)
    {
        var connection = new Connection(new ProductHeaderValue("CoordinatorBot"), ApiAddress(settings.BaseUrl))
        {
            ResponseCache = new GitHubResponseCache(),
        };
        if (!string.IsNullOrWhiteSpace(settings.Token))
        {
            connection.Credentials = new Credentials(settings.Token);
        }

        return new GitHubClient(connection);
    }

    // As GitHubClient's own constructor does: an Enterprise server (or a stand-in) answers under "api/v3/".
    private static Uri ApiAddress(Uri? baseUrl) =>
        baseUrl is null ? GitHubClient.GitHubApiUrl
        : baseUrl.Host.Equals("api.github.com", StringComparison.OrdinalIgnoreCase) || baseUrl.AbsolutePath.TrimEnd('/').EndsWith("/api/v3", StringComparison.Ordinal)
            ? baseUrl
            : new Uri(baseUrl, "api/v3/");
}
