using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// A meeting as the channel sees it: kind and title, the time in words, where, the Teams link, the agenda, who is
/// invited and how they answered; buttons for the calendar file, the answers, and (for the coordinator) move and cancel.
/// The step beside the status is the one the meeting is ready for now ("Skriv referat" once it has begun), so the card
/// is composed for a moment; the coordinators' clients refresh the channel's card to see it change.
/// </summary>
public static class MeetingCard
{
    public const string MoveDateInput = "moveDate";
    public const string MoveStartInput = "moveStart";
    public const string CancelCommentInput = "cancelComment";

    /// <param name="now">The moment the card is composed for: it decides the step offered.</param>
    /// <param name="refreshFor">The Teams user ids whose clients fetch their own, current view of the card (the coordinators).</param>
    /// <param name="cases">The approved user cases presented at the meeting, each as one line (title and municipality).</param>
    public static AdaptiveCard Compose(Texts texts, Meeting meeting, TimeZoneInfo zone, DateTimeOffset now, Notice? notice = null,
        IReadOnlyList<string>? refreshFor = null, IReadOnlyList<string>? cases = null)
    {
        var title = texts.MeetingName(meeting.Kind, meeting.Title);
        var body = BodyWith(notice);

        body.Add(Title(title));
        body.Add(new TextBlock(texts.MeetingStatusName(meeting.Status))
        {
            Weight = TextWeight.Bolder, Color = meeting.IsCancelled ? TextColor.Attention : TextColor.Accent, Spacing = Spacing.None,
        });
        var facts = new List<Fact>
        {
            new(texts.MeetingFactWhen, MeetingTimes.Range(texts, meeting.Start, meeting.End, zone)),
            new(texts.MeetingFactWhere, MeetingPlace.Of(texts, meeting)),
        };
        if (meeting.Responses is { } r)
        {
            facts.Add(new Fact(texts.MeetingFactResponses, texts.MeetingResponseCounts(r.Accepted, r.Tentative, r.Declined, r.None)));
        }

        if (meeting.Recurrence is { } series)
        {
            facts.Add(new Fact(texts.MeetingFactRepeats, texts.MeetingRepeatsText(texts.MeetingRepeatPattern(series.Week, series.Day, series.IntervalMonths),
                texts.Date(series.Until), series.Dates().Count)));
        }

        if (meeting.MinutesDecision is { } minutesDecision)
        {
            facts.Add(new Fact(texts.MinutesFactDecision, minutesDecision.ToString()));
        }

        body.Add(new FactSet(facts));
        if (!meeting.IsCancelled && Step(texts, meeting, now) is { } step)
        {
            // The next step of the meeting's way, beside its status (the card's own actions are full).
            body.Add(new ActionSet([step]));
        }
        if (!meeting.IsCancelled && meeting.AwaitsLink)
        {
            body.Add(new TextBlock(texts.MeetingNoTeamsLink(meeting.CreatedByName)) { IsSubtle = true });
        }
        else if (!meeting.IsCancelled && !meeting.IsBooked)
        {
            body.Add(new TextBlock(texts.MeetingNotInvited) { IsSubtle = true });
        }

        if (meeting.CancelComment is { Length: > 0 } comment)
        {
            body.Add(Paragraph(texts.MeetingCancelledWith(comment)));
        }

        if (meeting.Agenda.Count > 0)
        {
            body.Add(Subtitle(texts.MeetingAgendaHeading));
            body.Add(new TextBlock(string.Join('\n', meeting.Agenda.Select((item, i) => $"{i + 1}. {item}")))
            {
                Spacing = Spacing.None,
            });
        }

        if (cases is { Count: > 0 })
        {
            body.Add(Subtitle(texts.MeetingCasesHeading));
            body.Add(new TextBlock(string.Join('\n', cases.Select(c => $"- {c}"))) { Spacing = Spacing.None });
        }

        body.Add(Subtitle(texts.MeetingAttendeesHeading(meeting.Attendees.Count)));
        body.Add(new TextBlock(texts.JoinList(meeting.Attendees.Select(a => a.AadObjectId is null && a.Email is { } e ? e : a.Name))) { Spacing = Spacing.None });

        var card = Card(texts, title, body, meeting.IsCancelled ? [] : Actions(texts, meeting));
        return refreshFor is { Count: > 0 } && !meeting.IsCancelled
            ? card with
            {
                Refresh = new Refresh(Execute(texts, texts.MeetingShow, CardVerbs.MeetingShow, (CardVerbs.MeetingKey, meeting.Id)) with
                {
                    AssociatedInputs = AssociatedInputs.None,
                }, [.. refreshFor.Take(Refresh.MaxUserIds)]),
            }
            : card;
    }

    /// <summary>The calendar file's time-limited download link.</summary>
    public static AdaptiveCard CalendarFile(Texts texts, Meeting meeting, Uri link, DateTimeOffset expires, TimeZoneInfo zone) =>
        Card(texts, texts.MeetingCalendarFileTitle,
            [
                Title(texts.MeetingCalendarFileTitle),
                Paragraph(texts.MeetingCalendarFileIntro(meeting.Title)),
                new TextBlock(texts.ExportExpires(texts.DateTime(expires, zone))) { IsSubtle = true },
            ],
            [new OpenUrlAction(texts.MeetingCalendarFileDownload, link)]);

    /// <summary>
    /// The step the coordinator takes next on the meeting's way, when the meeting is ready for it: the agenda before
    /// the meeting, the minutes once it has begun (not weeks before), publishing once approved. The server checks again.
    /// </summary>
    private static CardAction? Step(Texts texts, Meeting meeting, DateTimeOffset now)
    {
        var id = (CardVerbs.MeetingKey, meeting.Id);
        return MeetingLifecycle.MayWriteMinutes(meeting, now)
                ? Execute(texts, texts.MinutesWriteButton, CardVerbs.MeetingMinutesForm, id) with { AssociatedInputs = AssociatedInputs.None }
            : meeting.Status == MeetingStatus.Planned && meeting.Start > now
                ? Execute(texts, texts.AgendaSendButton, CardVerbs.MeetingAgenda, id) with { AssociatedInputs = AssociatedInputs.None }
            : meeting.Status == MeetingStatus.MinutesApproved
                ? Execute(texts, texts.MinutesPublishButton, CardVerbs.MeetingPublish, id) with { AssociatedInputs = AssociatedInputs.None }
            : null;
    }

    private static List<CardAction> Actions(Texts texts, Meeting meeting)
    {
        var id = (CardVerbs.MeetingKey, meeting.Id);
        var actions = new List<CardAction>();
        if (meeting.JoinUrl is { } join && Uri.TryCreate(join, UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps)
        {
            actions.Add(new OpenUrlAction(texts.MeetingJoin, url));
        }

        actions.Add(Execute(texts, texts.MeetingCalendarFileButton, CardVerbs.MeetingCalendarFile, id) with { AssociatedInputs = AssociatedInputs.None });
        if (meeting.IsBooked)
        {
            actions.Add(Execute(texts, texts.MeetingRefreshResponses, CardVerbs.MeetingResponses, id) with { AssociatedInputs = AssociatedInputs.None });
        }

        if (meeting.Status is not (MeetingStatus.Planned or MeetingStatus.AgendaSent))
        {
            return actions;
        }

        actions.Add(new ShowCardAction(texts.MeetingMove, SubCard(
        [
            new Model.DateInput(texts.MeetingDateLabel) { Id = MoveDateInput, IsRequired = true, ErrorMessage = texts.MeetingDateError },
            new TimeInput(texts.MeetingMoveStartLabel) { Id = MoveStartInput, IsRequired = true, ErrorMessage = texts.MeetingStartError },
        ],
        [Execute(texts, texts.MeetingMoveButton, CardVerbs.MeetingMove, id)])));
        actions.Add(new ShowCardAction(texts.MeetingCancel, SubCard(
        [
            new TextInput(texts.MeetingCancelCommentLabel) { Id = CancelCommentInput, IsMultiline = true, MaxLength = MeetingLimits.CancelComment },
        ],
        [Execute(texts, texts.MeetingCancelButton, CardVerbs.MeetingCancel, id)])));
        return actions;
    }
}
