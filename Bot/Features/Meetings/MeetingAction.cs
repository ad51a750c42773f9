using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Meetings;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// The meeting card's buttons for everyone: show the meeting, read the attendees' answers ("Opdatér svar"), and get
/// the calendar file through a signed, time-limited link. A user-club meeting or webinar lists the approved user cases
/// presented at it (read through <see cref="IGuideReadings"/>).
/// </summary>
[ForVerbs(CardVerbs.MeetingShow, CardVerbs.MeetingResponses, CardVerbs.MeetingCalendarFile)]
public sealed class MeetingAction(MeetingService meetings, MeetingLinks links, IGuideReadings guides, string verb) : CommunityCardAction<MeetingAction.Input>(verb)
{
    public sealed record Input(string MeetingId);

    protected override Input? Read(CardInput input) => input.Text(CardVerbs.MeetingKey) is { } id ? new Input(id) : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input)
    {
        var zone = turn.Community.Clock.Zone;
        if (Verb == CardVerbs.MeetingResponses)
        {
            var (refreshed, notice) = await meetings.RefreshResponsesAsync(turn, input.MeetingId);
            return refreshed is null ? Reply.WithText(notice.Text) : Reply.WithCard(meetings.Card(turn, refreshed, notice, await CasesAsync(turn, refreshed)));
        }

        if (await meetings.GetAsync(turn.Community, input.MeetingId, turn.CancellationToken) is not { } meeting)
        {
            return Reply.WithText(turn.Texts.MeetingNotFound);
        }

        if (Verb == CardVerbs.MeetingCalendarFile)
        {
            var (link, expires) = await links.CreateAsync(turn.Community.Id, meeting.Id, turn.Language, turn.CancellationToken);
            return Reply.WithCard(MeetingCard.CalendarFile(turn.Texts, meeting, link, expires, zone));
        }

        return Reply.WithCard(meetings.Card(turn, meeting, cases: await CasesAsync(turn, meeting)));
    }

    // Enough for any real user-club meeting, few enough that the card stays under Teams' size limit.
    private const int MaxCasesShown = 20;

    private async Task<IReadOnlyList<string>> CasesAsync(CommunityTurn turn, Meeting meeting) =>
        meeting.Kind is MeetingKind.UserClub or MeetingKind.Webinar
            ? [.. (await guides.CasesPresentedAtAsync(turn.Community.Id, meeting.Id, turn.CancellationToken)).Take(MaxCasesShown)
                .Select(c => c.Municipality is { } m ? $"{c.Title} ({Municipalities.OfficialName(m)})" : c.Title)]
            : [];
}
