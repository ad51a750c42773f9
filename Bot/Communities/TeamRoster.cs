namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// The people of the community's team, read page by page from the connector; of a shared or private channel's
/// community, the channel's own members. Kept for a few minutes, not hours, so
/// that a person removed from the team soon loses what membership gave them.
/// </summary>
public sealed class TeamRoster(ConnectorClient connector, TimeProvider time, IOptions<CommunityOptions> options)
{
    private const int PageSize = 500;
    private const int MaxPages = 20;
    private readonly RecentReads<IReadOnlyList<TeamMember>> _read = new(time, () => options.Value.RosterCacheFor);

    public Task<IReadOnlyList<TeamMember>> GetAsync(Community community, CancellationToken cancellationToken) =>
        _read.GetAsync(community.Id, () => ReadAsync(community, cancellationToken));

    /// <summary>The person as the roster lists them; null when they are not on the team (any more).</summary>
    public async Task<TeamMember?> FindAsync(Community community, string? aadObjectId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(aadObjectId)
            ? null
            : (await GetAsync(community, cancellationToken)).FirstOrDefault(p => p.AadObjectId == aadObjectId);

    /// <summary>Keeps this reading of the roster, which the caller has corrected (people of teams a channel was unshared from left out).</summary>
    public void Replace(string communityId, IReadOnlyList<TeamMember> people) => _read.Keep(communityId, people);

    /// <summary>Forgets what was read, after Teams said the team changed.</summary>
    public void Forget(string communityId) => _read.Forget(communityId);

    private async Task<IReadOnlyList<TeamMember>> ReadAsync(Community community, CancellationToken cancellationToken)
    {
        if (community.IsChannel)
        {
            // A shared or private channel has its own roster, read through the channel's conversation: the host team's
            // roster would leave out the channel's people of other tenants and those of the teams it is shared with.
            var listed = await connector.GetMembersAsync(community.Channel.ServiceUrl, community.Channel.ConversationId, cancellationToken);
            return [.. listed.Where(m => m?.AadObjectId is { Length: > 0 }).DistinctBy(m => m.AadObjectId).Select(ToMember)];
        }

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
                    people[id] = ToMember(member);
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

    /// <summary>
    /// A roster entry as a member: with their own tenant, and in a shared channel the teams they are in through when they
    /// are not a direct member (each source by its team's id; a direct source makes them a direct member).
    /// </summary>
    private static TeamMember ToMember(TeamsChannelAccount member)
    {
        var id = member.AadObjectId!;
        var sources = member.MembershipSources?.Where(m => m is not null).ToList() ?? [];
        IReadOnlyList<string>? through = sources.Count > 0 && sources.All(m => m.IsThroughTeam)
            ? [.. sources.Select(m => m.Id ?? m.TeamGroupId ?? string.Empty).Where(t => t.Length > 0)]
            : null;
        return new TeamMember(id, member.Name ?? member.Email ?? member.UserPrincipalName ?? id, member.Id, member.UserRole,
            member.TenantId ?? sources.Select(m => m.TenantId).FirstOrDefault(t => !string.IsNullOrEmpty(t)),
            member.Email ?? member.UserPrincipalName, through);
    }
}
