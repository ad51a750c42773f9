namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// The one pace of every GitHub call this instance makes (issues and releases alike): one call at a time, and at
/// least <see cref="GitHubOptions.MinInterval"/> between two, so that GitHub's limits hold for the bot as a whole.
/// </summary>
public sealed class GitHubPace(IOptions<GitHubOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    /// <summary>Runs <paramref name="call"/> when its turn comes.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        await _one.WaitAsync(cancellationToken);
        try
        {
            var wait = _next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken);
            }

            try
            {
                return await call();
            }
            finally
            {
                _next = time.GetUtcNow() + options.Value.MinInterval;
            }
        }
        finally
        {
            _one.Release();
        }
    }

    public void Dispose() => _one.Dispose();
}
