using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// The time poll in the channel: each candidate time with its tally. Each attendee sees their own view (the card's
/// refresh): ja / måske / nej per time and "Send svar"; the coordinator also a button per time that books it.
/// </summary>
public static class TimePollCard
{
    public static string SlotInput(int slot) => $"pollSlot{slot}";

    /// <summary>Who looks: an attendee who answers (their answers so far), and whether they are the coordinator.</summary>
    public sealed record Viewer(PollResponse? Own, bool Answers, bool IsCoordinator);

    /// <param name="refreshFor">The attendees' Teams user ids: their clients fetch their own view (the shared card only).</param>
    public static AdaptiveCard Compose(Texts texts, TimePoll poll, IReadOnlyList<PollResponse> responses, TimeZoneInfo zone, Viewer? viewer = null,
        Notice? notice = null, IReadOnlyList<string>? refreshFor = null)
    {
        var tally = PollTally.Of(poll, responses);
        var title = texts.PollTitle(texts.MeetingName(poll.Draft.Kind, poll.Draft.Title));
        var open = poll.IsOpen;
        var answering = open && viewer is { Answers: true };
        var body = BodyWith(notice);

        body.Add(Title(title));
        body.Add(Paragraph(poll.BookedStart is { } booked
            ? texts.PollBooked(MeetingTimes.Range(texts, booked, booked + poll.Draft.Duration, zone))
            : texts.PollIntro));
        body.Add(new TextBlock(texts.PollAnswered(poll.Required.Count(id => responses.Any(r => r.PersonId == id)), poll.Required.Count))
        {
            IsSubtle = true, Spacing = Spacing.None,
        });
        for (var i = 0; i < poll.Slots.Count; i++)
        {
            var start = poll.Slots[i];
            var (yes, maybe, no) = tally.Counts[i];
            var items = new List<CardElement>
            {
                new TextBlock(MeetingTimes.Range(texts, start, start + poll.Draft.Duration, zone)) { Weight = TextWeight.Bolder },
                new TextBlock(texts.PollCounts(yes, maybe, no)) { IsSubtle = true, Spacing = Spacing.None },
            };
            if (answering)
            {
                items.Add(new ChoiceSetInput(texts.PollYourAnswer,
                    [.. Enum.GetValues<PollAnswer>().Select(a => new Choice(texts.PollAnswerName(a), a.ToString()))])
                {
                    Id = SlotInput(i), Style = ChoiceSetStyle.Expanded, Value = viewer!.Own?.For(i)?.ToString(),
                });
            }

            if (open && viewer is { IsCoordinator: true })
            {
                items.Add(new ActionSet([Execute(texts, texts.PollBookSlot(MeetingTimes.Short(texts, start, zone)), CardVerbs.MeetingPollBook,
                    (CardVerbs.MeetingFormKey, poll.Id), (CardVerbs.SlotKey, i.ToString(CultureInfo.InvariantCulture))) with
                {
                    AssociatedInputs = AssociatedInputs.None,
                }]));
            }

            body.Add(new Container(items) { Separator = true, Spacing = Spacing.Medium });
        }

        var card = Card(texts, title, body,
            answering ? [Execute(texts, texts.PollSend, CardVerbs.MeetingPollAnswer, (CardVerbs.MeetingFormKey, poll.Id))] : null);
        return open && refreshFor is { Count: > 0 }
            ? card with
            {
                Refresh = new Refresh(Execute(texts, texts.PollTitleShort, CardVerbs.MeetingPollRefresh, (CardVerbs.MeetingFormKey, poll.Id)),
                    [.. refreshFor.Take(Refresh.MaxUserIds)]),
            }
            : card;
    }
}
