using System.Collections.Concurrent;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Domain.Communities;
using Microsoft.Extensions.Options;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// The people of the community's team, read page by page from the connector. Kept for a few minutes, not hours, so
/// that a person removed from the team soon loses what membership gave them.
/// </summary>
public sealed class TeamRoster(ConnectorClient connector, TimeProvider time, IOptions<CommunityOptions> options)
{
    private const int PageSize = 500;
    private const int MaxPages = 20;
    private readonly ConcurrentDictionary<string, (DateTimeOffset ReadAt, IReadOnlyList<TeamMember> People)> _cache = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<TeamMember>> GetAsync(Community community, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(community.Id, out var cached) && now - cached.ReadAt < options.Value.RosterCacheFor)
        {
            return cached.People;
        }

        var people = await ReadAsync(community, cancellationToken);
        _cache[community.Id] = (now, people);
        return people;
    }

    /// <summary>The person as the roster lists them; null when they are not on the team (any more).</summary>
    public async Task<TeamMember?> FindAsync(Community community, string? aadObjectId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(aadObjectId)
            ? null
            : (await GetAsync(community, cancellationToken)).FirstOrDefault(p => p.AadObjectId == aadObjectId);

    /// <summary>Forgets what was read, after Teams said the team changed.</summary>
    public void Forget(string communityId) => _cache.TryRemove(communityId, out _);

    private async Task<IReadOnlyList<TeamMember>> ReadAsync(Community community, CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, TeamMember>(StringComparer.Ordinal);
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await connector.GetPagedMembersAsync(community.Channel.ServiceUrl, community.Channel.ConversationId,
                PageSize, continuation, cancellationToken);
            foreach (var member in result.Members ?? [])
            {
                if (member?.AadObjectId is { Length: > 0 } id)
                {
                    people[id] = new TeamMember(id, member.Name ?? member.Email ?? member.UserPrincipalName ?? id, member.Id, member.UserRole,
                        member.TenantId, member.Email ?? member.UserPrincipalName);
                }
            }

            continuation = result.ContinuationToken;
            if (string.IsNullOrEmpty(continuation))
            {
                break;
            }
        }

        return [.. people.Values];
    }
}
