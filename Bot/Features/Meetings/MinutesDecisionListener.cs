using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// When a decision of type referat closes, its meeting follows: accepted, the minutes are approved (and go into the
/// export); otherwise they are a draft again, for the coordinator to write anew.
/// </summary>
public sealed class MinutesDecisionListener(MeetingStore store, MeetingService meetings) : IDecisionClosedListener
{
    public async Task DecisionClosedAsync(Community community, Decision decision, bool scheduled, CancellationToken cancellationToken)
    {
        if (decision.Draft.Type != DecisionType.Minutes ||
            (await store.ListAsync(community.Id, cancellationToken)).FirstOrDefault(m => m.MinutesDecision == decision.Number) is not { } meeting)
        {
            return;
        }

        Meeting? decided = null;
        var saved = await store.UpdateAsync(community.Id, meeting.Id,
            m => decided = MeetingLifecycle.MinutesDecided(m, decision.Number, decision.Status == DecisionStatus.Accepted), cancellationToken);
        // A scheduled close calls Teams for nothing; the card shows the new step when it is next opened or changed.
        if (decided is not null && saved is not null && !scheduled)
        {
            await meetings.UpdateSharedCardAsync(community, saved, cancellationToken);
        }
    }
}
