using CoordinatorBot.Domain.Status;

namespace CoordinatorBot.Domain.Search;

/// <summary>A published status report, found by its number ("S-2026-03") and the coordinator's lines.</summary>
public sealed record StatusRecord(string CommunityId, StatusReport Report)
    : SearchRecord(new RecordKey(CommunityId, RecordKind.StatusReport, Report.Number?.ToString() ?? string.Empty))
{
    public override string Number => Report.Number?.ToString() ?? string.Empty;

    /// <summary>A report has no title of its own: its number is what people call it.</summary>
    public override string Title => Number;

    public override IEnumerable<string> Words => [Report.MarkWhy ?? string.Empty, .. Report.AreaNotes.Values];

    public override DateTimeOffset At => Report.PublishedAt ?? Report.ComposedAt;

    public override bool IsNumber(string folded) => StatusReportNumber.Parse(folded) == Report.Number;
}
