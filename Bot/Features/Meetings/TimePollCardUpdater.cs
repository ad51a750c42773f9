using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// Replaces a time poll's card in the channel with the answers as stored when the update starts, off the answering
/// person's request path: sixty answers in a minute make a few updates of the one message.
/// </summary>
public sealed class TimePollCardUpdater(
    TimePollCardQueue queue,
    CommunityDirectory directory,
    MemberStore members,
    TimePollStore polls,
    CommunitySender sender,
    StorageOutage outage,
    ILogger<TimePollCardUpdater> logger) : CardUpdater<(string CommunityId, string PollId)>(queue, outage, logger)
{
    protected override async Task UpdateAsync((string CommunityId, string PollId) key, CancellationToken cancellationToken)
    {
        if (await directory.GetAsync(key.CommunityId, cancellationToken) is not { } community ||
            await polls.GetAsync(key.CommunityId, key.PollId, cancellationToken) is not { CardActivityId: { } activityId, CardConversationId: { } thread } poll)
        {
            return;
        }

        var responses = await polls.ResponsesAsync(key.CommunityId, key.PollId, cancellationToken);
        var all = await members.ListAsync(key.CommunityId, cancellationToken);
        await sender.UpdateAsync(community, thread, activityId, TimePollService.Shared(community, all, poll, responses), cancellationToken);
    }
}
