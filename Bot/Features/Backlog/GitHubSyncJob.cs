using CoordinatorBot.Bot.Scheduling;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Storage.Backlog;
using CoordinatorBot.Storage.Outbox;
using Octokit;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// Makes the queued GitHub calls on the scheduler's instance: an accepted item's issue (title, need, acceptance criteria
/// as a task list) whose link the item keeps, and closing it when the item is delivered or rejected. Calls are spaced by
/// <see cref="GitHubOptions.MinInterval"/> and at most <see cref="MaxPerTick"/> a tick, so GitHub's 80 a minute and 500
/// an hour are never reached; a rate limit (Retry-After, the reset time), a 5xx or a failed request is tried again
/// later with backoff, another 4xx is final.
/// </summary>
public sealed partial class GitHubSyncJob(GitHubQueueStore queue, BacklogStore store, CommunityDirectory directory,
    IOptions<GitHubOptions> options, GitHubConnection connection, GitHubPace pace, TimeProvider time, ILogger<GitHubSyncJob> logger) : IScheduledJob
{
    public const int MaxPerTick = 3;
    private static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan BaseDelay = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan MaxDelay = GitHubLimits.MaxWait;

    public string Name => "github-issues";

    public async Task RunAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.IsConfigured)
        {
            return;
        }

        // Paced with every other GitHub call of this instance (the releases' reads too; only the lease holder runs jobs).
        foreach (var row in await queue.ClaimAsync(now, ClaimFor, MaxPerTick, cancellationToken))
        {
            await pace.RunAsync(async () =>
            {
                await CallAsync(connection.Client, settings, row, cancellationToken);
                return true;
            }, cancellationToken);
        }
    }

    private async Task CallAsync(GitHubClient client, GitHubOptions settings, GitHubQueueEntity row, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            var done = row.Action == nameof(GitHubAction.CloseIssue)
                ? await CloseAsync(client, settings, row, cancellationToken)
                : await CreateAsync(client, settings, row, cancellationToken);
            await queue.CompleteAsync(row, done ? OutboxStatus.Sent : Retry(row, settings), null, now, now + Backoff(row.Attempts), cancellationToken);
        }
        catch (ApiException e) when (GitHubLimits.IsPassing(e))
        {
            LogRetry(logger, (int)e.StatusCode, row.Attempts);
            await queue.CompleteAsync(row, Retry(row, settings), (int)e.StatusCode, now, now + (GitHubLimits.RetryAfter(e, now) ?? Backoff(row.Attempts)), cancellationToken);
        }
        catch (ApiException e)
        {
            LogFailed(logger, (int)e.StatusCode);
            await queue.CompleteAsync(row, OutboxStatus.Failed, (int)e.StatusCode, now, null, cancellationToken);
        }
        catch (HttpRequestException)
        {
            await queue.CompleteAsync(row, Retry(row, settings), null, now, now + Backoff(row.Attempts), cancellationToken);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            await queue.CompleteAsync(row, Retry(row, settings), null, now, now + Backoff(row.Attempts), cancellationToken);
        }
    }

    private async Task<bool> CreateAsync(GitHubClient client, GitHubOptions settings, GitHubQueueEntity row, CancellationToken cancellationToken)
    {
        if (await store.GetItemAsync(row.CommunityId, row.ItemNumber, cancellationToken) is not { } item || item.IssueNumber is not null)
        {
            return true;
        }

        var community = await directory.GetAsync(row.CommunityId, cancellationToken);
        var texts = new Texts(community?.LanguageOf() ?? CoordinatorBot.Cards.Localization.Language.Danish);
        var criteria = string.Join("\n", item.Criteria.Select(c => $"- [{(c.Met ? "x" : " ")}] {GitHubText.WithoutMentions(c.Text)}"));
        var issue = await client.Issue.Create(settings.Owner, settings.Name, new NewIssue(item.Title)
        {
            Body = texts.GitHubIssueBody(GitHubText.WithoutMentions(item.Need), criteria, item.Number,
                GitHubText.WithoutMentions(community?.ProductName ?? community?.Name ?? string.Empty)),
        });
        await store.UpdateItemAsync(row.CommunityId, row.ItemNumber, i => i with { IssueUrl = issue.HtmlUrl, IssueNumber = issue.Number },
            cancellationToken);
        return true;
    }

    /// <returns>False while the item's issue is not created yet: the close waits for it.</returns>
    private async Task<bool> CloseAsync(GitHubClient client, GitHubOptions settings, GitHubQueueEntity row, CancellationToken cancellationToken)
    {
        if (await store.GetItemAsync(row.CommunityId, row.ItemNumber, cancellationToken) is not { } item)
        {
            return true;
        }

        if (item.IssueNumber is not { } number)
        {
            return false;
        }

        // A rejected item's issue is closed as not planned, a delivered one as completed (GitHub's state_reason).
        await client.Issue.Update(settings.Owner, settings.Name, number, new IssueUpdate
        {
            State = ItemState.Closed,
            StateReason = item.Status == ItemStatus.Rejected ? ItemStateReason.NotPlanned : ItemStateReason.Completed,
        });
        return true;
    }

    private static OutboxStatus Retry(GitHubQueueEntity row, GitHubOptions settings) =>
        row.Attempts >= settings.MaxAttempts ? OutboxStatus.Failed : OutboxStatus.Pending;

    private static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxDelay.Ticks, BaseDelay.Ticks * (1L << Math.Min(attempts - 1, 10))));

    [LoggerMessage(Level = LogLevel.Warning, Message = "GitHub answered {StatusCode}; try {Attempt} will be repeated later")]
    private static partial void LogRetry(ILogger logger, int statusCode, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "GitHub refused a call for good with {StatusCode}")]
    private static partial void LogFailed(ILogger logger, int statusCode);
}
