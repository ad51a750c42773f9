using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// Signed, time-limited links to one meeting's calendar file, in one language, and the file such a link opens
/// (GET /meetings/ics, through <see cref="SignedDownloadEndpoint"/>).
/// </summary>
public sealed class MeetingLinks(LinkSigner signer, MeetingStore meetings, CommunityDirectory directory, MeetingGraph graph)
{
    public static readonly SignedDownload Download = new("/meetings/ics", "meeting-ics", ["community", "meeting"],
        $"{MeetingCalendarFile.ContentType}; charset=utf-8");

    public Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(string communityId, string meetingId, Language language,
        CancellationToken cancellationToken) =>
        Download.CreateAsync(signer, [communityId, meetingId], language, cancellationToken);

    /// <summary>The calendar file of the meeting a verified link names; null when it or its community is gone.</summary>
    public async Task<(byte[] Content, string? FileName)?> CalendarFileAsync(IReadOnlyList<string> subjects, Language language,
        CancellationToken cancellationToken)
    {
        if (subjects is not [var communityId, var meetingId] || await directory.GetAsync(communityId, cancellationToken) is not { } community ||
            await meetings.GetAsync(community.Id, meetingId, cancellationToken) is not { } meeting)
        {
            return null;
        }

        var file = MeetingCalendarFile.Build(new Texts(language), meeting, community.Clock,
            meeting.Organizer ?? meeting.CreatedByEmail ?? graph.OrganizerOf(community));
        return (file, $"{meeting.Start:yyyy-MM-dd}-{meeting.Id}.ics");
    }
}
