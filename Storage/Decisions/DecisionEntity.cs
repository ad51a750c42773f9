using Azure;
using Azure.Data.Tables;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>A decision record: PartitionKey = community id, RowKey = its number, inverted so the newest comes first.</summary>
public sealed class DecisionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string CommunityId { get; set; } = string.Empty;
    public int Year { get; set; }
    public int Sequence { get; set; }
    public string Title { get; set; } = string.Empty;
    public string Type { get; set; } = string.Empty;
    public string Body { get; set; } = string.Empty;
    public string Context { get; set; } = string.Empty;
    public string Proposal { get; set; } = string.Empty;
    public string? Consequences { get; set; }
    public string? Implementation { get; set; }
    public string? Risks { get; set; }
    public DateTimeOffset Deadline { get; set; }
    public string Rule { get; set; } = string.Empty;
    public int MinimumParticipation { get; set; }
    public string? Supersedes { get; set; }
    public string Status { get; set; } = string.Empty;
    public string ProposerId { get; set; } = string.Empty;
    public string ProposerName { get; set; } = string.Empty;
    public DateTimeOffset ProposedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedByName { get; set; }
    public string CloseReason { get; set; } = nameof(RuleReason.None);
    public string? OutcomeText { get; set; }
    public string? SupersededBy { get; set; }
    public string? CardActivityId { get; set; }
    public string? CardConversationId { get; set; }

    public Decision ToDecision() => new()
    {
        Number = new DecisionNumber(Year, Sequence),
        Draft = new DecisionDraft(Title, Enum.Parse<DecisionType>(Type), Enum.Parse<DecidingBody>(Body), Context, Proposal,
            Consequences, Implementation, Risks, Deadline, new DecisionRule(Enum.Parse<RuleKind>(Rule), MinimumParticipation),
            DecisionNumber.TryParse(Supersedes)),
        Status = Enum.Parse<DecisionStatus>(Status),
        ProposerId = ProposerId,
        ProposerName = ProposerName,
        ProposedAt = ProposedAt,
        ClosedAt = ClosedAt,
        ClosedByName = ClosedByName,
        CloseReason = Enum.Parse<RuleReason>(CloseReason),
        OutcomeText = OutcomeText,
        SupersededBy = DecisionNumber.TryParse(SupersededBy),
        CardActivityId = CardActivityId,
        CardConversationId = CardConversationId,
    };

    public static DecisionEntity From(string communityId, Decision d) => new()
    {
        CommunityId = communityId,
        Year = d.Number.Year,
        Sequence = d.Number.Sequence,
        Title = d.Draft.Title,
        Type = d.Draft.Type.ToString(),
        Body = d.Draft.Body.ToString(),
        Context = d.Draft.Context,
        Proposal = d.Draft.Proposal,
        Consequences = d.Draft.Consequences,
        Implementation = d.Draft.Implementation,
        Risks = d.Draft.Risks,
        Deadline = d.Draft.Deadline,
        Rule = d.Draft.Rule.Kind.ToString(),
        MinimumParticipation = d.Draft.Rule.MinimumParticipationPercent,
        Supersedes = d.Draft.Supersedes?.ToString(),
        Status = d.Status.ToString(),
        ProposerId = d.ProposerId,
        ProposerName = d.ProposerName,
        ProposedAt = d.ProposedAt,
        ClosedAt = d.ClosedAt,
        ClosedByName = d.ClosedByName,
        CloseReason = d.CloseReason.ToString(),
        OutcomeText = d.OutcomeText,
        SupersededBy = d.SupersededBy?.ToString(),
        CardActivityId = d.CardActivityId,
        CardConversationId = d.CardConversationId,
    };
}
