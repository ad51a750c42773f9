using CoordinatorBot.Cards.Decisions;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Closing a decision and what follows from it: the closed record saved over the one read, the listeners told, the
/// decision it supersedes marked, the outcome posted in the card's thread. Used by <see cref="DecisionService"/> on a
/// turn's or a job's path, and by <see cref="SharedCardUpdater"/> for a decision that two votes at the same moment
/// decided together, which shows the closed card itself (so nothing asks for that card again).
/// </summary>
public sealed partial class DecisionClosing(
    DecisionStore decisions,
    CommunitySender sender,
    SharedCardQueue sharedCards,
    TimeProvider time,
    IEnumerable<IDecisionClosedListener> closedListeners,
    ILogger logger)
{
    // The shared card and the outcome in the channel are in the community's language, whoever's turn it was.
    public static Texts ChannelTexts(Community community) => new(community.LanguageOf());

    /// <summary>The decision closed by its rule when the votes decide it; null when they do not.</summary>
    public static Decision? Decide(Decision decision, IReadOnlyList<Vote> votes, IReadOnlyList<Member> members, bool final, DateTimeOffset now)
    {
        var result = DecisionRules.Evaluate(decision.Draft.Rule, votes, [.. decision.Draft.Body.MembersOf(members).Select(m => m.AadObjectId)], final);
        return result.IsDecided ? DecisionLifecycle.CloseByRule(decision, result, now) : null;
    }

    /// <returns>The decision after the attempt (closed or still open); null when someone else changed it meanwhile.</returns>
    /// <param name="requestCard">Whether the shared card should follow; false for the caller that shows it itself.</param>
    public async Task<StoredDecision?> CloseByRuleAsync(Community community, StoredDecision stored, IReadOnlyList<Member> members,
        bool final, bool scheduled, bool requestCard, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var votes = DecisionService.View(community, stored, members).Votes;
        return Decide(stored.Decision, votes, members, final, now) is { } closed
            ? await SaveClosedAsync(community, stored, closed, ChannelTexts(community).BotName, scheduled, requestCard, now, cancellationToken)
            : stored;
    }

    /// <summary>Saves the closed record over the one read and follows it up; null when the record changed meanwhile.</summary>
    public async Task<StoredDecision?> SaveClosedAsync(Community community, StoredDecision stored, Decision closed, string actorName,
        bool scheduled, bool requestCard, DateTimeOffset now, CancellationToken cancellationToken)
    {
        AuditEntry entry = new(closed.Number, AuditAction.Closed, actorName, now, closed.Status.ToString());
        if (!await decisions.SaveAsync(community.Id, stored, new DecisionChange(closed, null, [entry]), cancellationToken))
        {
            return null;
        }

        if (requestCard)
        {
            sharedCards.Request(community.Id, closed.Number);
        }

        await ClosedAsync(community, closed, scheduled, actorName, cancellationToken);
        return stored with { Decision = closed, History = [.. stored.History, entry] };
    }

    /// <summary>
    /// After a saved change closed the decision: the old decision it replaces is superseded and the outcome is posted in
    /// the card's thread — once, since only the writer that closed it gets here.
    /// </summary>
    public async Task ClosedAsync(Community community, Decision decision, bool scheduled, string actorName, CancellationToken cancellationToken)
    {
        LogClosed(logger, decision.Number.ToString(), decision.Status);
        foreach (var listener in closedListeners)
        {
            await listener.DecisionClosedAsync(community, decision, scheduled, cancellationToken);
        }

        if (decision.Status == DecisionStatus.Accepted && decision.Draft.Supersedes is { } old &&
            await decisions.UpdateAsync(community.Id, old, d => DecisionLifecycle.Supersede(d, decision), cancellationToken)
                is { Status: DecisionStatus.Superseded, SupersededBy: var by } && by == decision.Number)
        {
            await decisions.AppendAuditAsync(community.Id, cancellationToken,
                new AuditEntry(old, AuditAction.Superseded, actorName, time.GetUtcNow(), decision.Number.ToString()));
            sharedCards.Request(community.Id, old);
        }

        if (decision.CardConversationId is not { } thread)
        {
            return;
        }

        var texts = ChannelTexts(community);
        var text = texts.DecisionOutcomePosted(decision.Number, texts.StatusName(decision.Status).ToLower(texts.Culture),
            DecisionCard.Outcome(texts, decision));
        if (scheduled)
        {
            // A scheduled job never calls Teams itself: the outbox delivers, once (the key), within the limits.
            await sender.EnqueueAsync($"outcome|{community.Id}|{decision.Number}", community, thread, text, cancellationToken);
        }
        else
        {
            await sender.PostAsync(community, null, text, cancellationToken, thread);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision {Number} closed as {Status}")]
    private static partial void LogClosed(ILogger logger, string number, DecisionStatus status);
}
