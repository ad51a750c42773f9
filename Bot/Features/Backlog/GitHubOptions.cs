namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// Where accepted backlog items become public issues: <c>GitHub:Repository</c> ("owner/name") and <c>GitHub:Token</c>.
/// Without both nothing is queued and nothing is called.
/// </summary>
public sealed class GitHubOptions
{
    public const string Section = "GitHub";

    public string? Repository { get; set; }
    public string? Token { get; set; }

    /// <summary>The API's address; GitHub's own unless set (an Enterprise server, a local stand-in).</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>
    /// The least time between two calls. GitHub allows 80 content-creating requests a minute and 500 an hour; one every
    /// 7.2 s keeps under both.
    /// </summary>
    public TimeSpan MinInterval { get; set; } = TimeSpan.FromSeconds(7.2);

    /// <summary>Tries of one call before it is given up.</summary>
    public int MaxAttempts { get; set; } = 8;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Token) && Owner is not null;

    public string? Owner => Parts is [var owner, _] ? owner : null;

    public string? Name => Parts is [_, var name] ? name : null;

    private string[]? Parts => Repository?.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: 2 } parts
        ? parts
        : null;
}
