using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>The coordinator's reminder in their personal chat: the agenda is due (ten office days ahead) or the minutes are (the day after).</summary>
public static class MeetingReminderCard
{
    public static AdaptiveCard AgendaDue(Texts texts, Meeting meeting, TimeZoneInfo zone) =>
        Compose(texts, meeting, zone, texts.ReminderAgendaDueTitle, texts.ReminderAgendaDueText);

    public static AdaptiveCard MinutesDue(Texts texts, Meeting meeting, TimeZoneInfo zone) =>
        Compose(texts, meeting, zone, texts.ReminderMinutesDueTitle, texts.ReminderMinutesDueText);

    private static AdaptiveCard Compose(Texts texts, Meeting meeting, TimeZoneInfo zone, string title, string text)
    {
        var name = texts.MeetingName(meeting.Kind, meeting.Title);
        return Card(texts, title,
            [
                Title(title),
                new TextBlock(name) { Weight = TextWeight.Bolder },
                new TextBlock(MeetingTimes.Range(texts, meeting.Start, meeting.End, zone)) { IsSubtle = true, Spacing = Spacing.None },
                Paragraph(text),
            ],
            [Execute(texts, texts.MeetingShow, CardVerbs.MeetingShow, (CardVerbs.MeetingKey, meeting.Id)) with { AssociatedInputs = AssociatedInputs.None }]);
    }
}
