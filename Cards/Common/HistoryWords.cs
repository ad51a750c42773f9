using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Cards.Common;

/// <summary>A line of a decision's or a backlog item's history, as its card and the personal data export tell it.</summary>
public static class HistoryWords
{
    public static string AuditText(Texts texts, AuditEntry entry) => entry.Action switch
    {
        AuditAction.Proposed => texts.AuditProposed,
        AuditAction.Voted => texts.AuditVoted(VoteDetail(texts, entry.Detail)),
        AuditAction.VoteChanged => texts.AuditVoteChanged(VoteDetail(texts, entry.Detail)),
        AuditAction.Closed => texts.AuditClosed(Enum.TryParse<DecisionStatus>(entry.Detail, out var s) ? texts.StatusName(s) : entry.Detail ?? string.Empty),
        _ => texts.AuditSuperseded(entry.Detail ?? string.Empty),
    };

    private static string VoteDetail(Texts texts, string? detail) =>
        Enum.TryParse<VoteChoice>(detail, out var choice) ? texts.VoteName(choice) : detail ?? string.Empty;

    public static string ChangeText(Texts texts, ItemChange change) => change.Kind switch
    {
        ItemChangeKind.Accepted => texts.ItemChangeAccepted,
        ItemChangeKind.StatusMoved => texts.ItemChangeMoved(texts.ItemStatusName(change.Status ?? ItemStatus.New)),
        ItemChangeKind.Estimated => texts.ItemChangeEstimated(change.Detail ?? string.Empty),
        ItemChangeKind.Escalated => texts.ItemChangeEscalated(change.Detail ?? string.Empty),
        _ => texts.ItemChangeDecided(change.Detail ?? string.Empty, texts.ItemStatusName(change.Status ?? ItemStatus.New)),
    };
}
