using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Activities;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Proposing, voting and closing. A turn reads the decision with its votes once (a vote from this instance's cache when
/// the record is unchanged), applies the Domain rules, and writes its change in one transaction; the shared card in the
/// channel follows in the background (<see cref="SharedCardUpdater"/>), a consequence that never calls back here.
/// </summary>
public sealed class DecisionService(
    DecisionStore decisions,
    CommunityDirectory directory,
    MemberStore memberStore,
    CommunitySender sender,
    SharedCardQueue sharedCards,
    TimeProvider time,
    IEnumerable<IDecisionClosedListener> closedListeners,
    IFormerMembers formerMembers,
    ILogger<DecisionService> logger)
{
    // Two racers that both close the same decision: the loser reads again; a proposal whose number another instance's
    // decision took goes again under the next. Far more than ever needed.
    private const int MaxAttempts = 10;

    private readonly DecisionClosing _closing = new(decisions, sender, sharedCards, time, closedListeners, logger);

    private static Texts ChannelTexts(Community community) => DecisionClosing.ChannelTexts(community);

    /// <summary>What a decision card shows: votes cast after the decision closed (a race of milliseconds) do not count.</summary>
    public static DecisionView View(Community community, StoredDecision stored, IReadOnlyList<Member> members) =>
        new(stored.Decision, [.. stored.Votes.Where(v => stored.Decision.ClosedAt is not { } closed || v.CastAt <= closed)],
            stored.Decision.Draft.Body.MembersOf(members), community.Clock.Zone,
            members.FirstOrDefault(m => m.AadObjectId == stored.Decision.ProposerId && m.Roles.Count > 0));

    /// <summary>
    /// Numbers the proposal, posts the approval card in the channel (mentioning the body) and stores the record with
    /// where its card is, in one write. Posted first, so that the record is written once; should storing fail, the card
    /// is taken down again, so that no card stands for a decision that was not kept. A number that another instance's
    /// decision took meanwhile is passed over, and the proposal goes again under the next.
    /// </summary>
    public async Task<StoredDecision> ProposeAsync(Community community, IReadOnlyList<Member> members, string actorId, string actorName,
        DecisionDraft draft, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var number = await decisions.NextNumberAsync(community.Id, community.Clock.ToLocal(now).Year, cancellationToken);
            try
            {
                return await ProposeAsync(community, members, new Decision
                {
                    Number = number, Draft = draft, ProposerId = actorId, ProposerName = actorName, ProposedAt = now,
                }, cancellationToken);
            }
            catch (DecisionNumberTakenException) when (attempt < MaxAttempts)
            {
                // Another instance's decision has the number; the next one taken is past it.
            }
        }
    }

    private async Task<StoredDecision> ProposeAsync(Community community, IReadOnlyList<Member> members, Decision decision,
        CancellationToken cancellationToken)
    {
        // Should the post fail, the number is kept from the next proposal: the card may stand all the same.
        var card = DecisionCard.Shared(ChannelTexts(community), View(community, new StoredDecision(decision, [], [decision.ProposalEntry()], default), members), mention: true);
        var activityId = await sender.PostAsync(community, card, null, cancellationToken);
        if (activityId is not null)
        {
            decision = decision with { CardActivityId = activityId, CardConversationId = community.ThreadOf(activityId) };
        }

        try
        {
            return await decisions.AddAsync(community.Id, decision, cancellationToken);
        }
        catch (Exception e) when (e is DecisionNumberTakenException || !cancellationToken.IsCancellationRequested)
        {
            if (activityId is not null)
            {
                await sender.DeleteAsync(community, activityId, CancellationToken.None);
            }

            // No card stands for it now: the next proposal may have the number, unless another decision has it.
            if (e is not DecisionNumberTakenException)
            {
                decisions.GiveBackNumber(community.Id, decision.Number);
            }

            throw;
        }
    }

    /// <summary>Reads the decision with its votes (and the history when asked), closing it first when its deadline has passed.</summary>
    public async Task<StoredDecision?> LoadAsync(Community community, IReadOnlyList<Member> members, DecisionNumber number,
        CancellationToken cancellationToken, bool withHistory = false)
    {
        for (var attempt = 1; ; attempt++)
        {
            var stored = await decisions.LoadAsync(community.Id, number, cancellationToken, withHistory);
            if (stored is not { Decision.IsOpen: true } || !stored.Decision.IsPastDeadline(time.GetUtcNow()) || attempt > MaxAttempts)
            {
                return stored;
            }

            if (await _closing.CloseByRuleAsync(community, stored, members, final: true, scheduled: false, requestCard: true, cancellationToken) is { } closed)
            {
                return closed;
            }
        }
    }

    /// <summary>
    /// Records a member's vote, closing the decision in the same write when its rule is then decided. The vote's row
    /// remembers the activity that cast it (<paramref name="castBy"/>, an <see cref="ActivityKey"/>), so that a
    /// redelivery of that activity is answered without being counted again, even after a later vote by the same person.
    /// </summary>
    public async Task<(VoteResult Result, StoredDecision? Decision)> VoteAsync(Community community, IReadOnlyList<Member> members,
        Member? voter, string voterName, DecisionNumber number, VoteChoice choice, string? comment, string? castBy,
        CancellationToken cancellationToken)
    {
        // The first reading may come from this instance's cache (the record checked, the other votes seconds old);
        // what must rest on every vote as stored now — closing by the rule, a write that lost a race — reads in full
        // (never from the cache) and goes round again.
        var stored = await decisions.LoadForVoteAsync(community.Id, number, cancellationToken);
        for (var failed = 0; ;)
        {
            if (stored is { Decision.IsOpen: true } && stored.Decision.IsPastDeadline(time.GetUtcNow()))
            {
                stored = await LoadAsync(community, members, number, cancellationToken);
            }

            if (stored is null)
            {
                return (VoteResult.NotFound, null);
            }

            if (voter is not null && castBy is not null && stored.VoteWasCastBy(voter.AadObjectId, castBy))
            {
                return (VoteResult.Recorded, stored);
            }

            if (!stored.Decision.IsOpen)
            {
                return (VoteResult.Closed, stored);
            }

            if (DecisionAuthority.MayVote(voter, stored.Decision) is not DecisionPermission.Allowed)
            {
                return (VoteResult.NotInBody, stored);
            }

            var now = time.GetUtcNow();
            var vote = new Vote(voter!.AadObjectId, voterName, choice, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(), now);
            var previous = stored.Votes.FirstOrDefault(v => v.VoterId == vote.VoterId);
            var saved = previous is not null && previous.Choice == vote.Choice && previous.Comment == vote.Comment
                ? await RepeatAsync(community, stored, vote.VoterId, castBy, cancellationToken)
                : await CastAsync(community, members, stored, vote, castBy, cancellationToken);
            if (saved is not null)
            {
                return (VoteResult.Recorded, saved);
            }

            if (++failed == MaxAttempts)
            {
                throw new InvalidOperationException($"The vote on {number} could not be saved after {MaxAttempts} attempts.");
            }

            stored = await LoadAsync(community, members, number, cancellationToken);
        }
    }

    /// <summary>
    /// The same vote again: nothing new in the history, but the press is kept on the voter's row (written over the row
    /// as read, which also shows a cached reading of it to be current), so that a redelivery of it arriving after a
    /// later vote cannot turn that vote back. Null when the row changed meanwhile (read again in full).
    /// </summary>
    private async Task<StoredDecision?> RepeatAsync(Community community, StoredDecision stored, string voterId, string? castBy,
        CancellationToken cancellationToken) =>
        (castBy is null ? !stored.Cached : await decisions.RememberPressAsync(community.Id, stored, voterId, castBy, cancellationToken))
            ? stored
            : null;

    /// <summary>
    /// Writes the vote, with the closed record when the rule is then decided. Null when the decision must be read again
    /// in full: the write lost a race, or a cached reading (whose other votes may be seconds old) would decide the rule.
    /// </summary>
    private async Task<StoredDecision?> CastAsync(Community community, IReadOnlyList<Member> members, StoredDecision stored, Vote vote,
        string? castBy, CancellationToken cancellationToken)
    {
        // A person who erased their data and holds a seat again: the vote they cast before, kept under their
        // pseudonym, is the one this replaces, so they count once. Looked up only when a pseudonym has voted here.
        var former = stored.Votes.Any(v => FormerMember.IsPseudonym(v.VoterId)) &&
                     await formerMembers.PseudonymOfAsync(vote.VoterId, cancellationToken) is { } pseudonym &&
                     stored.Votes.Any(v => v.VoterId == pseudonym)
            ? pseudonym
            : null;

        // The vote's own row keeps the person's votes, so the history of votes needs no rows of its own.
        var votes = stored.Votes.Where(v => v.VoterId != vote.VoterId && v.VoterId != former).Append(vote).ToList();
        var number = stored.Decision.Number;
        var closed = DecisionClosing.Decide(stored.Decision, votes, members, final: false, vote.CastAt);
        if (closed is not null && stored.Cached)
        {
            return null;
        }

        List<AuditEntry> history = closed is null ? [] : [new(number, AuditAction.Closed, ChannelTexts(community).BotName, vote.CastAt, closed.Status.ToString())];
        if (!await decisions.SaveAsync(community.Id, stored, new DecisionChange(closed, vote, history) { Replaces = former, CastBy = castBy }, cancellationToken))
        {
            return null;
        }

        sharedCards.Request(community.Id, number);
        if (closed is not null)
        {
            await _closing.ClosedAsync(community, closed, scheduled: false, ChannelTexts(community).BotName, cancellationToken);
        }

        return stored with { Decision = closed ?? stored.Decision, Votes = votes, History = [.. stored.History, .. history] };
    }

    /// <summary>Closes by hand with an outcome in words; the caller has checked that the actor may.</summary>
    public async Task<StoredDecision?> CloseByHandAsync(Community community, IReadOnlyList<Member> members, DecisionNumber number,
        bool accepted, string text, string actorName, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = await LoadAsync(community, members, number, cancellationToken);
            var now = time.GetUtcNow();
            if (stored is null || DecisionLifecycle.CloseByHand(stored.Decision, accepted, text, actorName, now) is not { } closed)
            {
                return stored;
            }

            if (await _closing.SaveClosedAsync(community, stored, closed, actorName, scheduled: false, requestCard: true, now, cancellationToken) is { } saved)
            {
                return saved;
            }
        }

        return await decisions.LoadAsync(community.Id, number, cancellationToken);
    }

    /// <summary>Closes every open decision whose deadline has passed (in all communities), each by its rule.</summary>
    public async Task<int> CloseOverdueAsync(CancellationToken cancellationToken)
    {
        var closed = 0;
        await foreach (var (communityId, decision) in decisions.OpenPastDeadlineAsync(time.GetUtcNow(), cancellationToken))
        {
            if (await directory.GetAsync(communityId, cancellationToken) is not { } community ||
                await decisions.LoadAsync(communityId, decision.Number, cancellationToken) is not { } stored)
            {
                continue;
            }

            var all = await memberStore.ListAsync(communityId, cancellationToken);
            if (await _closing.CloseByRuleAsync(community, stored, all, final: true, scheduled: true, requestCard: true, cancellationToken) is { Decision.IsOpen: false })
            {
                closed++;
            }
        }

        return closed;
    }
}
