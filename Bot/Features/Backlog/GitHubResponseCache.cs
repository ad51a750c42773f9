using System.Collections.Concurrent;
using Octokit.Internal;
using Octokit.Caching;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// The last answer to each GET this instance made, with its ETag, for Octokit's conditional requests. Kept in memory:
/// after a restart the first read is a full one, which is correct, only not free. Bounded, as the bot reads few lists.
/// </summary>
public sealed class GitHubResponseCache : IResponseCache
{
    private const int MaxEntries = 500;
    private readonly ConcurrentDictionary<string, CachedResponse.V1> _answers = new(StringComparer.Ordinal);

    public Task<CachedResponse.V1> GetAsync(IRequest request) =>
        Task.FromResult(_answers.TryGetValue(Key(request), out var answer) ? answer : null!);

    public Task SetAsync(IRequest request, CachedResponse.V1 cachedResponse)
    {
        if (_answers.Count >= MaxEntries)
        {
            _answers.Clear();
        }

        _answers[Key(request)] = cachedResponse;
        return Task.CompletedTask;
    }

    private static string Key(IRequest request) => new Uri(request.BaseAddress, request.Endpoint).AbsoluteUri;
}
