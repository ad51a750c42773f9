using CoordinatorBot.Cards.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// The meeting card's buttons for everyone: show the meeting, read the attendees' answers ("Opdatér svar"), and get
/// the calendar file through a signed, time-limited link.
/// </summary>
[ForVerbs(CardVerbs.MeetingShow, CardVerbs.MeetingResponses, CardVerbs.MeetingCalendarFile)]
public sealed class MeetingAction(MeetingService meetings, MeetingLinks links, string verb) : CommunityCardAction<MeetingAction.Input>(verb)
{
    public sealed record Input(string MeetingId);

    protected override Input? Read(CardInput input) => input.Text(CardVerbs.MeetingKey) is { } id ? new Input(id) : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, Input input)
    {
        var zone = turn.Community.Clock.Zone;
        if (Verb == CardVerbs.MeetingResponses)
        {
            var (refreshed, notice) = await meetings.RefreshResponsesAsync(turn, input.MeetingId);
            return refreshed is null ? Reply.WithText(notice.Text) : Reply.WithCard(meetings.Card(turn, refreshed, notice));
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

        return Reply.WithCard(meetings.Card(turn, meeting));
    }
}
