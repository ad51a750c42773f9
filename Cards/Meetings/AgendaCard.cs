using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// The agenda as it goes out before the meeting: in the meeting card's thread and to each attendee on the team. The
/// thread's copy follows the meeting when it moves or is cancelled.
/// </summary>
public static class AgendaCard
{
    public static AdaptiveCard Compose(Texts texts, Meeting meeting, TimeZoneInfo zone)
    {
        var title = texts.AgendaCardTitle(texts.MeetingName(meeting.Kind, meeting.Title));
        var body = new List<CardElement>
        {
            Title(title),
            new FactSet(
            [
                new(texts.MeetingFactWhen, MeetingTimes.Range(texts, meeting.Start, meeting.End, zone)),
                new(texts.MeetingFactWhere, MeetingPlace.Of(texts, meeting)),
            ]),
            Subtitle(texts.MeetingAgendaHeading),
            new TextBlock(meeting.Agenda.Count > 0
                ? string.Join('\n', meeting.Agenda.Select((item, i) => $"{i + 1}. {item}"))
                : texts.AgendaEmpty) { Spacing = Spacing.None },
        };
        if (meeting.IsCancelled)
        {
            body.Insert(0, CardParts.Notice(texts.MeetingCancelledTitle, true));
        }

        List<CardAction> actions = [];
        if (meeting.JoinUrl is { } join && Uri.TryCreate(join, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            actions.Add(new OpenUrlAction(texts.MeetingJoin, url));
        }

        actions.Add(Execute(texts, texts.MeetingCalendarFileButton, CardVerbs.MeetingCalendarFile, (CardVerbs.MeetingKey, meeting.Id)) with
        {
            AssociatedInputs = AssociatedInputs.None,
        });
        return Card(texts, title, body, actions);
    }
}
