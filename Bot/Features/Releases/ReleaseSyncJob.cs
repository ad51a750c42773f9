using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Cards.Releases;
using CoordinatorBot.Domain.Releases;
using CoordinatorBot.Storage.Releases;

namespace CoordinatorBot.Bot.Features.Releases;

/// <summary>
/// Reads the releases of each community's GitHub repository (setup) every <see cref="ReleasesOptions.PollInterval"/>,
/// through the backlog's GitHub client and pace (<see cref="IGitHubReleases"/>). The whole list is read before
/// anything is written, and each version is inserted once, so a fault half way leaves nothing half written and the
/// next read simply continues. The first read of a repository takes its history silently; a release that appears
/// later is announced. A fault is told to the coordinator once (until it changes or passes); a rate limit waits its
/// Retry-After or reset.
/// </summary>
public sealed partial class ReleaseSyncJob(CommunityStore communities, MemberStore members, ReleaseStore store, IGitHubReleases github,
    ReleaseAnnouncer announcer, CommunitySender sender, ProactiveTargets targets, IOptions<ReleasesOptions> options,
    ILogger<ReleaseSyncJob> logger) : IScheduledJob
{
    public string Name => "releases-github";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var community in await communities.ListActiveAsync(cancellationToken))
        {
            if (community.ReleaseRepository is not { } repository)
            {
                continue;
            }

            var sync = await store.SyncAsync(community.Id, cancellationToken);
            if (sync is not null && sync.Repository == repository && sync.NextReadAt > now)
            {
                continue;
            }

            await ReadAsync(community, repository, sync?.Repository == repository ? sync : null, now, cancellationToken);
        }
    }

    private async Task ReadAsync(Community community, string repository, ReleaseSync? sync, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var read = await github.ReadAsync(repository, cancellationToken);
        if (read.Fault is { } fault)
        {
            LogFault(logger, community.Id, fault);
            var next = now + (read.RetryAfter ?? options.Value.PollInterval);
            // What was read before stays (LastReadAt: the repository's history is not taken again as news).
            await store.UpdateSyncAsync(community.Id, s => s is not null && s.Repository == repository
                ? s with { Problem = fault, NextReadAt = next }
                : new ReleaseSync { Repository = repository, Problem = fault, NextReadAt = next }, cancellationToken);
            if (sync?.ToldProblem != fault)
            {
                await TellCoordinatorsAsync(community, repository, fault, next, now, cancellationToken);
                await store.UpdateSyncAsync(community.Id, s => s is null ? null : s with { ToldProblem = fault }, cancellationToken);
            }

            return;
        }

        // The first read of a repository is its history: stored, not announced in the channel.
        var isFirst = sync?.LastReadAt is null;
        foreach (var release in read.Releases.Where(r => !r.IsDraft))
        {
            if (ReleaseVersion.TryParse(release.Tag) is not { } version)
            {
                continue;
            }

            var stored = new Release
            {
                Version = version.Text,
                Date = community.Clock.Today(release.PublishedAt ?? now),
                Summary = Clip(string.IsNullOrWhiteSpace(release.Name) ? version.Text : release.Name, TextLimits.ReleaseSummary),
                Notes = Clip(release.Body ?? string.Empty, TextLimits.ReleaseNotes, oneLine: false),
                Decisions = DecisionMentions(release.Body),
                Source = ReleaseSource.GitHub,
                Url = release.Url,
                RecordedAt = now,
            };
            if (await store.AddAsync(community.Id, stored, cancellationToken) && !isFirst)
            {
                await announcer.AnnounceAsync(community, stored, cancellationToken);
            }
        }

        await store.UpdateSyncAsync(community.Id, _ => new ReleaseSync
        {
            Repository = repository, LastReadAt = now, NextReadAt = now + options.Value.PollInterval,
        }, cancellationToken);
    }

    private async Task TellCoordinatorsAsync(Community community, string repository, ReleaseFault fault, DateTimeOffset next, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        foreach (var coordinator in (await members.ListAsync(community.Id, cancellationToken)).Where(m => m.Holds(Role.Coordinator)))
        {
            var texts = new Texts(await targets.LanguageAsync(community, coordinator, cancellationToken));
            var line = ReleaseFaultText.Of(texts, fault, repository, texts.DateTime(next, community.Clock.Zone));
            await sender.EnqueueAsync($"release-fault|{community.Id}|{fault}|{now:yyyyMMddHHmm}|{coordinator.AadObjectId}", community, coordinator,
                ReleaseNoticeCard.Compose(texts, texts.ReleaseFaultTitle, line), cancellationToken);
        }
    }

    /// <summary>The decision numbers a release's notes name ("B-2026-014"), each once.</summary>
    private static IReadOnlyList<string> DecisionMentions(string? body) =>
        body is null ? [] : [.. Mention().Matches(body).Select(m => Domain.Decisions.DecisionNumber.TryParse(m.Value)?.ToString()).OfType<string>().Distinct()];

    private static string Clip(string text, int limit, bool oneLine = true)
    {
        var trimmed = text.Trim();
        if (oneLine)
        {
            return TextLimits.Clip(trimmed, limit) ?? string.Empty;
        }

        while (TextLimits.Exceeds(trimmed, limit))
        {
            trimmed = trimmed[..Math.Min(trimmed.Length - 1, limit)];
        }

        return trimmed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bB-\d{4}-\d{1,4}\b")]
    private static partial System.Text.RegularExpressions.Regex Mention();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the releases of community {CommunityId} failed: {Fault}")]
    private static partial void LogFault(ILogger logger, string communityId, ReleaseFault fault);
}
