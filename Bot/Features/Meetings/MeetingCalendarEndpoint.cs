using CoordinatorBot.Storage.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>GET /meetings/ics: one meeting's calendar file for a valid signed link; 403 for a tampered or expired one.</summary>
public static class MeetingCalendarEndpoint
{
    public static IEndpointRouteBuilder MapMeetingCalendarFiles(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(MeetingLinks.Path, async (HttpContext context, MeetingLinks links, MeetingStore meetings, CommunityDirectory directory,
            MeetingGraph graph) =>
        {
            var q = context.Request.Query;
            string? communityId = q["community"], meetingId = q["meeting"], lang = q["lang"];
            if (!await links.VerifyAsync(communityId, meetingId, lang, q["expires"], q["signature"], context.RequestAborted))
            {
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            var community = await directory.GetAsync(communityId!, context.RequestAborted);
            var meeting = community is null ? null : await meetings.GetAsync(community.Id, meetingId!, context.RequestAborted);
            if (community is null || meeting is null)
            {
                return Results.NotFound();
            }

            var texts = new Texts(LanguageChoice.FromCode(lang) ?? Language.Danish);
            var file = MeetingCalendarFile.Build(texts, meeting, community.Clock, meeting.Organizer ?? meeting.CreatedByEmail ?? graph.OrganizerOf(community));
            return Results.File(file, $"{MeetingCalendarFile.ContentType}; charset=utf-8", $"{meeting.Start:yyyy-MM-dd}-{meeting.Id}.ics");
        });
        return endpoints;
    }
}
