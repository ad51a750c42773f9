using CoordinatorBot.Domain.Communities;
using System.Text.Json;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Decisions;
using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Proposing, voting and closing: loads the records, applies the Domain rules, saves with the ETag it read, keeps the
/// audit trail, and keeps the shared card in the channel current for everyone.
/// </summary>
public sealed partial class DecisionService(
    DecisionStore decisions,
    DecisionViews views,
    CommunityStore communities,
    ConnectorClient connector,
    SharedCardUpdater sharedCards,
    OutboxStore outbox,
    TimeProvider time,
    ILogger<DecisionService> logger)
{
    // The shared card and the outcome in the channel are in Danish, the community's language.
    private static readonly Texts ChannelTexts = new(Language.Danish);

    /// <summary>Numbers and stores the proposal, then posts the approval card in the channel, mentioning the body.</summary>
    public async Task<Decision> ProposeAsync(Community community, string actorId, string actorName, DecisionDraft draft,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var number = await decisions.NextNumberAsync(community.Id, TimeZoneInfo.ConvertTime(now, community.Zone()).Year, cancellationToken);
        var decision = new Decision { Number = number, Draft = draft, ProposerId = actorId, ProposerName = actorName, ProposedAt = now };
        await decisions.AddAsync(community.Id, decision, cancellationToken);
        await decisions.AppendAuditAsync(community.Id, new AuditEntry(number, AuditAction.Proposed, actorName, now, null), cancellationToken);

        var card = DecisionCard.Shared(ChannelTexts, await views.ViewAsync(community, decision, cancellationToken), mention: true);
        var activityId = await connector.SendAsync(community.Channel.ServiceUrl, community.Channel.ConversationId,
            CommunityChannel.Message(community, community.Channel.ConversationId, card, null), cancellationToken);
        if (activityId is null)
        {
            return decision;
        }

        return await decisions.UpdateAsync(community.Id, number,
            d => d with { CardActivityId = activityId, CardConversationId = community.ThreadOf(activityId) }, cancellationToken) ?? decision;
    }

    /// <summary>Records a member's vote, closes the decision when its rule is decided, and updates the shared card.</summary>
    public async Task<(VoteResult Result, Decision? Decision)> VoteAsync(Community community, DecisionNumber number,
        string voterId, string voterName, VoteChoice choice, string? comment, CancellationToken cancellationToken)
    {
        var decision = await CloseIfDueAsync(community, number, cancellationToken);
        if (decision is null)
        {
            return (VoteResult.NotFound, null);
        }

        if (!decision.IsOpen)
        {
            return (VoteResult.Closed, decision);
        }

        if (!await views.IsMemberOfBodyAsync(community, decision, voterId, cancellationToken))
        {
            return (VoteResult.NotInBody, decision);
        }

        var now = time.GetUtcNow();
        var previous = await decisions.CastAsync(community.Id, number, new Vote(voterId, voterName, choice, comment, now), cancellationToken);
        await decisions.AppendAuditAsync(community.Id, new AuditEntry(number, previous is null ? AuditAction.Voted : AuditAction.VoteChanged,
            voterName, now, choice.ToString()), cancellationToken);

        decision = await CloseIfDecidedAsync(community, number, final: false, cancellationToken) ?? decision;
        sharedCards.Request(community.Id, number);
        return (VoteResult.Recorded, decision);
    }

    /// <summary>Closes by hand with an outcome in words; only the coordinator or the proposer may.</summary>
    public async Task<Decision?> CloseByHandAsync(Community community, Decision decision, bool accepted, string text,
        string actorName, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await CloseAsync(community, decision.Number, d => DecisionLifecycle.CloseByHand(d, accepted, text, actorName, now),
            actorName, cancellationToken);
    }

    /// <summary>Closes every open decision whose deadline has passed (in all communities), each by its rule.</summary>
    public async Task<int> CloseOverdueAsync(CancellationToken cancellationToken)
    {
        var closed = 0;
        await foreach (var (communityId, decision) in decisions.OpenPastDeadlineAsync(time.GetUtcNow(), cancellationToken))
        {
            if (await communities.GetAsync(communityId, cancellationToken) is not { } community)
            {
                continue;
            }

            if (await CloseIfDecidedAsync(community, decision.Number, final: true, cancellationToken, scheduled: true)
                is { IsOpen: false })
            {
                closed++;
            }
        }

        return closed;
    }

    /// <summary>Reads the decision, closing it first when its deadline has passed.</summary>
    public async Task<Decision?> CloseIfDueAsync(Community community, DecisionNumber number, CancellationToken cancellationToken)
    {
        var decision = await decisions.GetAsync(community.Id, number, cancellationToken);
        return decision is { IsOpen: true } && decision.IsPastDeadline(time.GetUtcNow())
            ? await CloseIfDecidedAsync(community, number, final: true, cancellationToken)
            : decision;
    }

    /// <param name="scheduled">Closed by the scheduler rather than in someone's turn: the outcome goes out through the outbox.</param>
    private async Task<Decision?> CloseIfDecidedAsync(Community community, DecisionNumber number, bool final,
        CancellationToken cancellationToken, bool scheduled = false)
    {
        var decision = await decisions.GetAsync(community.Id, number, cancellationToken);
        if (decision is not { IsOpen: true })
        {
            return decision;
        }

        var view = await views.ViewAsync(community, decision, cancellationToken);
        var result = DecisionRules.Evaluate(decision.Draft.Rule, view.Votes, [.. view.BodyMembers.Select(m => m.AadObjectId)], final);
        if (!result.IsDecided)
        {
            return decision;
        }

        var now = time.GetUtcNow();
        return await CloseAsync(community, number, d => DecisionLifecycle.CloseByRule(d, result, now), ChannelTexts.BotName, cancellationToken,
            scheduled);
    }

    /// <summary>
    /// Applies a closing change with the ETag; only the caller whose change is saved records it, supersedes the old
    /// decision, and posts the outcome, so a decision is announced once however many close it at the same moment.
    /// </summary>
    private async Task<Decision?> CloseAsync(Community community, DecisionNumber number, Func<Decision, Decision?> close,
        string actorName, CancellationToken cancellationToken, bool scheduled = false)
    {
        var closedHere = false;
        var saved = await decisions.UpdateAsync(community.Id, number, d =>
        {
            var next = close(d);
            closedHere = next is not null;
            return next;
        }, cancellationToken);
        if (!closedHere || saved is null)
        {
            return saved ?? await decisions.GetAsync(community.Id, number, cancellationToken);
        }

        var now = time.GetUtcNow();
        LogClosed(logger, community.Id, number.ToString(), saved.Status);
        await decisions.AppendAuditAsync(community.Id, new AuditEntry(number, AuditAction.Closed, actorName, now, saved.Status.ToString()),
            cancellationToken);
        if (saved.Status == DecisionStatus.Accepted && saved.Draft.Supersedes is { } old &&
            await decisions.UpdateAsync(community.Id, old, d => DecisionLifecycle.Supersede(d, number), cancellationToken)
                is { Status: DecisionStatus.Superseded })
        {
            await decisions.AppendAuditAsync(community.Id, new AuditEntry(old, AuditAction.Superseded, actorName, now, number.ToString()),
                cancellationToken);
            sharedCards.Request(community.Id, old);
        }

        sharedCards.Request(community.Id, number);
        if (saved.CardConversationId is { } thread)
        {
            var text = ChannelTexts.DecisionOutcomePosted(number, ChannelTexts.StatusName(saved.Status).ToLowerInvariant(),
                DecisionCard.Outcome(ChannelTexts, saved));
            var message = CommunityChannel.Message(community, thread, null, text);
            if (scheduled)
            {
                // A scheduled job never calls Teams itself: the outbox delivers, once (the key), within the limits.
                await outbox.EnqueueAsync($"outcome|{community.Id}|{number}",
                    new OutboxTarget(community.Channel.ServiceUrl, community.TenantId, community.Channel.BotId, thread, null),
                    JsonSerializer.Serialize(message, ProtocolJson.Options), now, cancellationToken);
            }
            else
            {
                await connector.SendAsync(community.Channel.ServiceUrl, thread, message, cancellationToken);
            }
        }

        return saved;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision {Number} in {CommunityId} closed as {Status}")]
    private static partial void LogClosed(ILogger logger, string communityId, string number, DecisionStatus status);
}
