using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Replaces the shared approval card in the channel (PUT on the original message) after a change, off the voter's
/// request path; Teams allows 7 sends a second in one thread. It also closes a decision that two votes at the same
/// moment decided together, though neither voter's turn saw the other's vote: with <see cref="DecisionClosing"/>, never
/// by calling back into <see cref="DecisionService"/>, and showing the closed card at once rather than asking again.
/// </summary>
public sealed class SharedCardUpdater(
    SharedCardQueue queue,
    CommunityDirectory directory,
    MemberStore members,
    DecisionStore decisions,
    CommunitySender sender,
    TimeProvider time,
    IEnumerable<IDecisionClosedListener> closedListeners,
    StorageOutage outage,
    ILogger<SharedCardUpdater> logger) : CardUpdater<(string CommunityId, DecisionNumber Number)>(queue, outage, logger)
{
    private readonly DecisionClosing _closing = new(decisions, sender, queue, time, closedListeners, logger);

    protected override Task UpdateAsync((string CommunityId, DecisionNumber Number) key, CancellationToken cancellationToken) =>
        UpdateAsync(key.CommunityId, key.Number, cancellationToken);

    private async Task UpdateAsync(string communityId, DecisionNumber number, CancellationToken cancellationToken)
    {
        var community = await directory.GetAsync(communityId, cancellationToken);
        if (community is null)
        {
            return;
        }

        // The seats before the votes, in the order opposite to an erasure's (votes to the pseudonym first, seats last):
        // a seat read before it went meets the vote as its member's or as the pseudonym's, and one read after meets it
        // moved. Read the other way round, a vote read unmoved and a seat read gone would count as no one's.
        var all = await members.ListAsync(communityId, cancellationToken);
        var stored = await decisions.LoadAsync(communityId, number, cancellationToken);
        if (stored is null)
        {
            return;
        }

        if (stored.Decision.IsOpen &&
            await _closing.CloseByRuleAsync(community, stored, all, final: false, scheduled: false, requestCard: false, cancellationToken) is { } after)
        {
            // Decided by the votes stored now (or still open); a record changed meanwhile asked for its own update.
            stored = after;
        }

        if (stored.Decision is { CardActivityId: { } activityId, CardConversationId: { } thread })
        {
            var card = DecisionCard.Shared(new Texts(community.LanguageOf()), DecisionService.View(community, stored, all));
            await sender.UpdateAsync(community, thread, activityId, card, cancellationToken);
        }
    }
}
