namespace CoordinatorBot.Bot.Features.Releases;

/// <summary><c>Releases:PollInterval</c>: how often a community's GitHub repository is asked for new releases.</summary>
public sealed class ReleasesOptions
{
    public const string Section = "Releases";

    /// <summary>
    /// Ten minutes: a release published on GitHub is in the channel within about that (plus the scheduler's tick); an
    /// unchanged list costs nothing against the rate limit (a 304), and many communities stay far below 5,000 an hour.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(10);
}
