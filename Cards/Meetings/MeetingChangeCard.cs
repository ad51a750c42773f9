using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// What an attendee reads in their chat when the coordinator moves or cancels a meeting: which meeting, the new time
/// beside the old, where; the calendar file (a cancelled one takes the meeting out of their calendar) and the meeting.
/// </summary>
public static class MeetingChangeCard
{
    public static AdaptiveCard Moved(Texts texts, Meeting meeting, DateTimeOffset before, TimeZoneInfo zone) =>
        Compose(texts, meeting, texts.MeetingMovedTitle,
            [
                new(texts.MeetingFactWhen, MeetingTimes.Range(texts, meeting.Start, meeting.End, zone)),
                new(texts.MeetingFactBefore, MeetingTimes.Range(texts, before, before + meeting.Duration, zone)),
                new(texts.MeetingFactWhere, MeetingPlace.Of(texts, meeting)),
            ]);

    public static AdaptiveCard Cancelled(Texts texts, Meeting meeting, TimeZoneInfo zone) =>
        Compose(texts, meeting, texts.MeetingCancelledTitle,
            [new(texts.MeetingFactWhen, MeetingTimes.Range(texts, meeting.Start, meeting.End, zone))]);

    private static AdaptiveCard Compose(Texts texts, Meeting meeting, string heading, IReadOnlyList<Fact> facts)
    {
        var id = (CardVerbs.MeetingKey, meeting.Id);
        var body = new List<CardElement>
        {
            Title(heading),
            new TextBlock(texts.MeetingName(meeting.Kind, meeting.Title)) { Weight = TextWeight.Bolder, Spacing = Spacing.None },
            new FactSet(facts),
        };
        if (meeting.CancelComment is { Length: > 0 } comment && meeting.IsCancelled)
        {
            body.Add(Paragraph(texts.MeetingCancelledWith(comment)));
        }

        var actions = new List<CardAction>();
        if (!meeting.IsCancelled && meeting.JoinUrl is { } join && Uri.TryCreate(join, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            actions.Add(new OpenUrlAction(texts.MeetingJoin, url));
        }

        actions.Add(Execute(texts, texts.MeetingCalendarFileButton, CardVerbs.MeetingCalendarFile, id) with { AssociatedInputs = AssociatedInputs.None });
        actions.Add(Execute(texts, texts.MeetingShow, CardVerbs.MeetingShow, id) with { AssociatedInputs = AssociatedInputs.None });
        return Card(texts, $"{heading}: {texts.MeetingName(meeting.Kind, meeting.Title)}", body, actions);
    }
}
