using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Domain.Search;

/// <summary>A decision, found by its number ("B-2026-014", "b-2026-14"), title and words.</summary>
public sealed record DecisionRecord(string CommunityId, Decision Decision)
    : SearchRecord(new RecordKey(CommunityId, RecordKind.Decision, Decision.Number.ToString()))
{
    public override string Number => Decision.Number.ToString();

    public override string Title => Decision.Draft.Title;

    public override IEnumerable<string> Words =>
        [Decision.Draft.Context, Decision.Draft.Proposal, Decision.Draft.Consequences ?? string.Empty, Decision.Draft.Implementation ?? string.Empty,
            Decision.Draft.Risks ?? string.Empty, Decision.OutcomeText ?? string.Empty];

    public override DateTimeOffset At => Decision.ClosedAt ?? Decision.ProposedAt;

    public override bool IsNumber(string folded) => DecisionNumber.TryParse(folded) == Decision.Number;
}
