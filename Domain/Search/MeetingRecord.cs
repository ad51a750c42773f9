using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Domain.Search;

/// <summary>A meeting with its agenda and minutes, found by its title, agenda and what the minutes say.</summary>
public sealed record MeetingRecord(string CommunityId, Meeting Meeting)
    : SearchRecord(new RecordKey(CommunityId, RecordKind.Meeting, Meeting.Id))
{
    public override string Number => string.Empty;

    public override string Title => Meeting.Title;

    public override IEnumerable<string> Words =>
        [.. Meeting.Agenda, Meeting.Place ?? string.Empty, .. (Meeting.Minutes?.Items ?? []).SelectMany(i => new[] { i.Heading, i.Text })];

    public override DateTimeOffset At => Meeting.Minutes?.WrittenAt ?? Meeting.CreatedAt;

    public override bool IsNumber(string folded) => false;
}
