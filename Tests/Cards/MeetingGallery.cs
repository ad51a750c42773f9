namespace CoordinatorBot.Tests.Cards;

/// <summary>The meeting cards in every state worth checking: the form (empty, with problems, with suggestions), the card, the list.</summary>
public static class MeetingGallery
{
    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var people = Enumerable.Range(1, 40).Select(i => ($"Medlem Nummer {i:00} Efternavnsen", $"aad-{i:00}")).ToList();
        var booked = Sample() with { GraphEventId = "AAMkAGI1", JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting", Organizer = "moeder@os2.eu",
            Responses = new MeetingResponses(3, 1, 1, 7, Sample().CreatedAt) };
        var attendees = booked.Attendees;
        var slots = Enumerable.Range(0, 3).Select(i => new SlotSuggestion(booked.Start.AddHours(i), booked.End.AddHours(i),
            attendees.Take(8 - i).ToList(), attendees.Skip(8 - i).Take(i).ToList(), attendees.Skip(9).ToList())).ToList();
        var entered = new MeetingForm.Entered(new Dictionary<string, string?>
        {
            [MeetingForm.TitleInput] = "Styregruppemøde december", [MeetingForm.BodiesInput] = "SteeringGroup", [MeetingForm.MembersInput] = "aad-01,aad-02",
            [MeetingForm.ExternalInput] = "jje@odense.dk\nikke en adresse", [MeetingForm.DurationInput] = "1,5",
        });
        // Composed a week before the meeting, and once it has begun (the minutes' step).
        var before = Sample().Start.AddDays(-7);
        var begun = Sample().Start.AddMinutes(10);
        var past = Enumerable.Range(0, 12).Select(i => booked with { Id = $"m{i}", Status = (MeetingStatus)(i % 6) }).ToList();

        yield return ("meeting-form", MeetingForm.Compose(t, "20261127-0123456789", t.TimeZoneName("Europe/Copenhagen"), people, "2026-12-01"));
        yield return ("meeting-form-problems", MeetingForm.Compose(t, "20261127-0123456789", t.TimeZoneName("Europe/Copenhagen"), people, "2026-12-01",
            entered, Enum.GetValues<MeetingProblem>()));
        yield return ("meeting-form-suggestions", MeetingForm.Compose(t, "20261127-0123456789", t.TimeZoneName("Europe/Copenhagen"), people, "2026-12-01",
            entered, null, new MeetingForm.Suggestions(slots, attendees.Count, ["Jens Jensen", "jje@odense.dk"]), zone));
        yield return ("meeting-form-poll-times", MeetingForm.Compose(t, "20261127-0123456789", t.TimeZoneName("Europe/Copenhagen"), people, "2026-12-01",
            entered, null, new MeetingForm.Suggestions(slots, attendees.Count, [], CalendarsRead: false), zone, calendars: false));
        yield return ("meeting-form-no-suggestions", MeetingForm.Compose(t, "20261127-0123456789", t.TimeZoneName("Europe/Copenhagen"), [], "2026-12-01",
            entered, null, new MeetingForm.Suggestions([], 3, []), zone, new Notice(t.MeetingGraphNotConfigured, true)));
        yield return ("meeting-card-unbooked", MeetingCard.Compose(t, Sample(), zone, before, new Notice(t.MeetingSavedWithoutGraph, false)));
        yield return ("meeting-card-booked", MeetingCard.Compose(t, booked, zone, before, new Notice(t.MeetingBooked, false)));
        yield return ("meeting-card-place", MeetingCard.Compose(t, booked with { Place = "Aarhus Rådhus, mødelokale 3" }, zone, before));
        yield return ("meeting-card-cancelled", MeetingCard.Compose(t, booked.Cancelled("Vi flytter til januar."), zone, before,
            new Notice(t.MeetingCancelledDone, false)));
        yield return ("meeting-card-begun-refresh", MeetingCard.Compose(t, booked with { Status = MeetingStatus.AgendaSent }, zone, begun,
            refreshFor: ["29:k1", "29:k2"]));
        yield return ("meeting-moved", MeetingChangeCard.Moved(t, booked.MovedTo(booked.Start.AddDays(2)), booked.Start, zone));
        yield return ("meeting-moved-no-link", MeetingChangeCard.Moved(t, Sample().MovedTo(booked.Start.AddDays(2)), booked.Start, zone));
        yield return ("meeting-cancelled", MeetingChangeCard.Cancelled(t, booked.Cancelled("Vi flytter til januar."), zone));
        yield return ("meeting-agenda-cancelled", AgendaCard.Compose(t, Sample().Cancelled(null), zone));
        yield return ("meeting-calendar-file", MeetingCard.CalendarFile(t, booked, new Uri("https://bot.example/meetings/ics?community=x&signature=y"),
            booked.CreatedAt, zone));
        yield return ("meeting-list", MeetingList.Compose(t, past.Take(6).ToList(), past.Skip(6).ToList(), zone));
        yield return ("meeting-list-empty", MeetingList.Compose(t, [], [], zone));

        // Agenda and minutes: each step of the meeting's way, the form empty, filled and with problems.
        var minutes = new MeetingMinutes(
            [.. booked.Agenda.Select((item, i) => new MinutesItem(item, $"Drøftet. {item}", i == 1 ? [new DecisionNumber(2026, 14), new DecisionNumber(2026, 15)] : []))],
            "Karen", booked.End);
        var drafted = booked with { Status = MeetingStatus.MinutesDraft, Minutes = minutes, MinutesDecision = new DecisionNumber(2026, 16) };
        yield return ("meeting-card-agenda-sent", MeetingCard.Compose(t, booked with { Status = MeetingStatus.AgendaSent }, zone, before, new Notice(t.AgendaSent(11), false)));
        yield return ("meeting-card-minutes-draft", MeetingCard.Compose(t, drafted, zone, before, new Notice(t.MinutesProposed(new DecisionNumber(2026, 16), t.MinutesBodyName(DecidingBody.SteeringGroup)), false)));
        yield return ("meeting-card-minutes-approved", MeetingCard.Compose(t, drafted with { Status = MeetingStatus.MinutesApproved }, zone, before));
        yield return ("meeting-card-published", MeetingCard.Compose(t, drafted with { Status = MeetingStatus.Published }, zone, before, new Notice(t.MinutesPublished, false)));
        yield return ("meeting-agenda", AgendaCard.Compose(t, booked, zone));
        yield return ("meeting-agenda-empty", AgendaCard.Compose(t, Sample() with { Agenda = [] }, zone));
        yield return ("minutes-form", MinutesForm.Compose(t, booked, zone));

        // The yearly wheel: a series' card, the reminders, the year on one card.
        var series = booked with { Recurrence = MeetingRecurrence.Of(new DateOnly(2026, 12, 8), 1), SeriesId = booked.Id };
        var wheel = series.Recurrence!.Dates().Select((d, i) => series with
        {
            Id = $"m{i}", Start = series.Start.AddDays(d.DayNumber - series.Recurrence.First.DayNumber), End = series.End.AddDays(d.DayNumber - series.Recurrence.First.DayNumber),
            Status = i == 2 ? MeetingStatus.Cancelled : MeetingStatus.Planned,
        }).ToList();
        yield return ("meeting-card-series", MeetingCard.Compose(t, series, zone, before, new Notice(t.MeetingBooked, false)));
        yield return ("meeting-reminder-agenda", MeetingReminderCard.AgendaDue(t, booked, zone));
        yield return ("meeting-reminder-minutes", MeetingReminderCard.MinutesDue(t, booked, zone));
        yield return ("yearly-wheel", YearlyWheelCard.Compose(t, 2027, wheel,
            [new YearlyWheelCard.YearlyTask(new DateOnly(2027, 3, 1), "Brugerundersøgelse"), new YearlyWheelCard.YearlyTask(new DateOnly(2027, 9, 1), "Årlig revision")], zone));
        yield return ("yearly-wheel-empty", YearlyWheelCard.Compose(t, 2027, [], [], zone));

        // The time poll: shared, an attendee's view, the coordinator's, booked.
        var poll = new TimePoll(booked.Id, new MeetingDraft(booked.Kind, booked.Title, null, null, booked.Duration, booked.Invitees, booked.Agenda, null),
            [.. slots.Select(s => s.Start)], [.. attendees.Select(a => a.AadObjectId).OfType<string>()], "aad-k", "Karen", booked.CreatedAt);
        List<PollResponse> answers = [new("aad-01", "Styregruppemedlem 1", [PollAnswer.Yes, PollAnswer.Maybe, PollAnswer.No], booked.CreatedAt)];
        yield return ("poll-shared", TimePollCard.Compose(t, poll, answers, zone, refreshFor: ["29:a", "29:b"]));
        yield return ("poll-attendee", TimePollCard.Compose(t, poll, answers, zone, new TimePollCard.Viewer(answers[0], true, false),
            new Notice(t.PollAnswerKept, false)));
        yield return ("poll-coordinator", TimePollCard.Compose(t, poll, answers, zone, new TimePollCard.Viewer(null, true, true)));
        yield return ("poll-booked", TimePollCard.Compose(t, poll with { BookedStart = poll.Slots[1] }, answers, zone, new TimePollCard.Viewer(null, true, true)));
        yield return ("minutes-form-no-agenda", MinutesForm.Compose(t, booked with { Agenda = [] }, zone));
        yield return ("minutes-form-problems", MinutesForm.Compose(t, drafted, zone,
            new Dictionary<string, string?> { [MinutesForm.DecisionsInput(0)] = "B-2026-099, x" },
            [t.MinutesDecisionUnknown(1, new DecisionNumber(2026, 99)), t.MinutesDecisionUnreadable(1, "x"), t.MinutesTooLong(MeetingLimits.Minutes)]));
    }

    /// <summary>A steering-group meeting on 8 December 2026 at 10.00–11.30, Copenhagen time, with a full agenda and twelve attendees.</summary>
    public static Meeting Sample()
    {
        var start = DateTimeOffset.Parse("2026-12-08T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var attendees = Enumerable.Range(1, 10).Select(i => new MeetingAttendee($"Styregruppemedlem {i}", $"sg{i}@kommune.dk", $"aad-{i:00}"))
            .Append(new MeetingAttendee("ekstern@leverandor.dk", "ekstern@leverandor.dk"))
            .Append(new MeetingAttendee("Uden Adresse", null, "aad-99")).ToList();
        return new Meeting
        {
            Id = "20261127-0123456789",
            Kind = MeetingKind.SteeringGroup,
            Title = "Styregruppemøde december <b>&</b>",
            Start = start,
            End = start.AddMinutes(90),
            Invitees = new MeetingInvitees([DecidingBody.SteeringGroup], ["aad-99"], ["ekstern@leverandor.dk"]),
            Attendees = attendees,
            Agenda = ["Godkendelse af dagsorden", "1. Budget 2027 & <prioriteter>", "Input fra koordinationsgruppen", "Eventuelt"],
            TransactionId = "20261127-0123456789",
            CreatedById = "aad-k",
            CreatedByName = "Karen",
            CreatedAt = DateTimeOffset.Parse("2026-11-27T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
