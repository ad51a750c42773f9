namespace CoordinatorBot.Bot.Communities;

/// <summary>One published release of a repository, as GitHub's REST API gives it (tag_name, name, body, published_at, html_url).</summary>
public sealed record GitHubRelease(string Tag, string? Name, string? Body, DateTimeOffset? PublishedAt, string? Url, bool IsDraft);
