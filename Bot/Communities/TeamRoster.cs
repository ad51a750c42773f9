using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Communities;

/// <summary>The people of the community's team or chat, read page by page from the connector.</summary>
public sealed class TeamRoster
{
    private const int PageSize = 500;
    private const int MaxPages = 20;

    public async Task<IReadOnlyList<TeamMember>> GetAsync(Turn turn)
    {
        var community = turn.Community ?? throw new InvalidOperationException("The roster belongs to a community.");
        var people = new Dictionary<string, TeamMember>(StringComparer.Ordinal);
        string? continuation = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var result = await turn.Connector.GetPagedMembersAsync(turn.Activity.ServiceUrl!, community.Channel.ConversationId,
                PageSize, continuation, turn.CancellationToken);
            foreach (var member in result.Members ?? [])
            {
                if (member.AadObjectId is { Length: > 0 } id)
                {
                    people[id] = new TeamMember(id, member.Name ?? member.Email ?? member.UserPrincipalName ?? id, member.Id);
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
