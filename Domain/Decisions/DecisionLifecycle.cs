namespace CoordinatorBot.Domain.Decisions;

/// <summary>The state changes of a decision, as pure functions: each returns the new record, or null when not allowed.</summary>
public static class DecisionLifecycle
{
    /// <summary>Closes an open decision with the rule's result.</summary>
    public static Decision? CloseByRule(Decision decision, RuleResult result, DateTimeOffset now) =>
        decision.IsOpen && result.IsDecided
            ? decision with
            {
                Status = result.Outcome == RuleOutcome.Accepted ? DecisionStatus.Accepted : DecisionStatus.Rejected,
                ClosedAt = now,
                CloseReason = result.Reason,
            }
            : null;

    /// <summary>Closes an open decision by hand with an outcome in words (the coordinator or the proposer).</summary>
    public static Decision? CloseByHand(Decision decision, bool accepted, string outcomeText, string actorName, DateTimeOffset now) =>
        decision.IsOpen && !string.IsNullOrWhiteSpace(outcomeText)
            ? decision with
            {
                Status = accepted ? DecisionStatus.Accepted : DecisionStatus.Rejected,
                ClosedAt = now,
                ClosedByName = actorName,
                CloseReason = RuleReason.RecordedByHand,
                OutcomeText = outcomeText.Trim(),
            }
            : null;

    /// <summary>
    /// Marks an accepted decision as replaced by a newer accepted one, when <see cref="DecisionAuthority.MaySupersede"/>
    /// allows it (checked again here, as the older decision may have changed since the proposal).
    /// </summary>
    public static Decision? Supersede(Decision decision, Decision newer) =>
        newer.Status == DecisionStatus.Accepted &&
        DecisionAuthority.MaySupersede(newer.Draft.Body, decision) == DecisionPermission.Allowed
            ? decision with { Status = DecisionStatus.Superseded, SupersededBy = newer.Number }
            : null;

    /// <summary>Only an accepted decision can be replaced.</summary>
    public static bool CanBeSuperseded(Decision? decision) => decision?.Status == DecisionStatus.Accepted;
}
