using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>The community's upcoming meetings (soonest first) and its recent ones (latest first), each with a button.</summary>
public static class MeetingList
{
    public const int PerSection = 10;

    public static AdaptiveCard Compose(Texts texts, IReadOnlyList<Meeting> upcoming, IReadOnlyList<Meeting> recent, TimeZoneInfo zone)
    {
        var body = new List<CardElement> { Title(texts.MeetingsTitle) };
        if (upcoming.Count == 0 && recent.Count == 0)
        {
            body.Add(Paragraph(texts.MeetingsEmpty));
        }

        if (upcoming.Count > 0)
        {
            body.Add(Subtitle(texts.MeetingsUpcoming));
            body.AddRange(upcoming.Take(PerSection).Select(m => Row(texts, m, zone)));
        }

        if (recent.Count > 0)
        {
            body.Add(Subtitle(texts.MeetingsRecent));
            body.AddRange(recent.Take(PerSection).Select(m => Row(texts, m, zone)));
        }

        return Card(texts, texts.MeetingsTitle, body, [RunCommand(texts, texts.MeetingNewButton, CommandIds.MeetingNew)]);
    }

    private static Container Row(Texts texts, Meeting meeting, TimeZoneInfo zone) =>
        new(
        [
            TextBlock.Markdown($"**{texts.MeetingName(meeting.Kind, meeting.Title)}**"),
            new TextBlock($"{MeetingTimes.Range(texts, meeting.Start, meeting.End, zone)} · {texts.MeetingStatusName(meeting.Status)}")
            {
                IsSubtle = true, Spacing = Spacing.None,
            },
            new ActionSet([Execute(texts, texts.MeetingShow, CardVerbs.MeetingShow, (CardVerbs.MeetingKey, meeting.Id)) with
            {
                AssociatedInputs = AssociatedInputs.None,
            }]),
        ])
        {
            Separator = true, Spacing = Spacing.Medium,
        };
}
