using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// The meeting form: kind, title, date, start and duration on the community's clock, the attendees (whole bodies,
/// people from the team, external addresses), the agenda and the place. Checked on the card and again on the server;
/// "Foreslå tidspunkter" brings the best three times back as buttons that book at once.
/// </summary>
public static class MeetingForm
{
    public const string KindInput = "kind";
    public const string TitleInput = "title";
    public const string DateInput = "date";
    public const string StartInput = "start";
    public const string DurationInput = "duration";
    public const string BodiesInput = "bodies";
    public const string MembersInput = "members";
    public const string ExternalInput = "external";
    public const string AgendaInput = "agenda";
    public const string PlaceInput = "place";
    public const string RepeatInput = "repeat";

    /// <summary>Hours as people write them ("2", "1,5", "1.5 t"): checked on the card; the server reads them with DanishNumber.</summary>
    public const string DurationPattern = @"^\s*\d{1,2}([,.]\d{1,2})?\s*(t|timer|h)?\s*$";

    /// <summary>What the person entered (to show it again), as the card's inputs send it.</summary>
    public sealed record Entered(IReadOnlyDictionary<string, string?> Values)
    {
        public string? this[string id] => Values.TryGetValue(id, out var v) ? v : null;
    }

    /// <summary>The suggested times and whose calendars could not be read, to show under the form.</summary>
    /// <param name="CalendarsRead">False without Graph: the times are candidates for a poll, not found free in anyone's calendar.</param>
    public sealed record Suggestions(IReadOnlyList<SlotSuggestion> Slots, int Attendees, IReadOnlyList<string> UnknownNames, bool CalendarsRead = true);

    /// <param name="formKey">The form's id, sent with every button (see <see cref="CardVerbs.MeetingFormKey"/>).</param>
    /// <param name="people">The team's people to pick from: name and Entra object id.</param>
    /// <param name="defaultDate">The suggested date (yyyy-MM-dd, local).</param>
    /// <param name="earliest">The earliest date the card lets one pick (today, yyyy-MM-dd); the server checks the time too.</param>
    /// <param name="calendars">Whether Graph reads the attendees' calendars (else the suggested times are for a poll).</param>
    public static AdaptiveCard Compose(Texts texts, string formKey, string timeZoneName, IReadOnlyList<(string Name, string Id)> people,
        string defaultDate, Entered? entered = null, IReadOnlyCollection<MeetingProblem>? problems = null, Suggestions? suggestions = null,
        TimeZoneInfo? zone = null, Notice? notice = null, string? earliest = null, bool calendars = true)
    {
        problems ??= [];
        string? V(string id) => entered?[id];
        var body = new List<CardElement>();
        if (problems.Count > 0)
        {
            body.Add(CardParts.Notice($"{texts.MeetingFormInvalid} {string.Join(" ", problems.Select(p => ProblemText(texts, p)))}", true));
        }
        else if (notice is not null)
        {
            body.Add(CardParts.Notice(notice.Text, notice.IsProblem));
        }

        body.Add(Title(texts.MeetingFormTitle));
        body.Add(Paragraph(calendars ? texts.MeetingFormIntro : texts.MeetingFormIntroWithoutGraph));
        body.Add(new ChoiceSetInput(texts.MeetingKindLabel, [.. Enum.GetValues<MeetingKind>().Select(k => new Choice(texts.MeetingKindName(k), k.ToString()))])
        {
            Id = KindInput, IsRequired = true, ErrorMessage = texts.MeetingKindError, Style = ChoiceSetStyle.Compact,
            Value = V(KindInput) ?? nameof(MeetingKind.SteeringGroup),
        });
        body.Add(new TextInput(texts.MeetingTitleLabel)
        {
            Id = TitleInput, IsRequired = true, ErrorMessage = texts.MeetingTitleError(MeetingLimits.Title), MaxLength = MeetingLimits.Title, Value = V(TitleInput),
        });
        body.Add(new Model.DateInput(texts.MeetingDateLabel)
        {
            Id = DateInput, IsRequired = true, ErrorMessage = texts.MeetingDateError, Value = V(DateInput) ?? defaultDate, Min = earliest,
        });
        body.Add(new TimeInput(texts.MeetingStartLabel(timeZoneName))
        {
            Id = StartInput, IsRequired = true, ErrorMessage = texts.MeetingStartError, Value = V(StartInput) ?? "10:00",
        });
        // Text, not Input.Number: "1,5" is how Danes write an hour and a half, and a browser's number field refuses it.
        body.Add(new TextInput(texts.MeetingDurationLabel)
        {
            Id = DurationInput, IsRequired = true, ErrorMessage = texts.MeetingDurationError, MaxLength = Domain.Text.TextLimits.NumberText,
            Regex = DurationPattern,
            Value = V(DurationInput) ?? texts.Number(2),
        });
        // The yearly wheel: the date's weekday of the month ("the first Monday"), monthly or quarterly, for a year.
        body.Add(new ChoiceSetInput(texts.MeetingRepeatLabel,
            [new Choice(texts.MeetingRepeatNone, "0"), .. MeetingRecurrence.Intervals.Select(n => new Choice(texts.MeetingRepeatEvery(n), n.ToString(CultureInfo.InvariantCulture)))])
        {
            Id = RepeatInput, Style = ChoiceSetStyle.Compact, Value = V(RepeatInput) ?? "0",
        });
        body.Add(new ChoiceSetInput(texts.MeetingBodiesLabel, [.. Enum.GetValues<DecidingBody>().Select(b => new Choice(texts.BodyName(b), b.ToString()))])
        {
            Id = BodiesInput, IsMultiSelect = true, Style = ChoiceSetStyle.Expanded, Value = V(BodiesInput),
        });
        if (people.Count > 0)
        {
            body.Add(new ChoiceSetInput(texts.MeetingMembersLabel, [.. people.Select(p => new Choice(p.Name, p.Id))])
            {
                Id = MembersInput, IsMultiSelect = true, Style = ChoiceSetStyle.Compact, Value = V(MembersInput),
            });
        }

        body.Add(new TextInput(texts.MeetingExternalLabel)
        {
            Id = ExternalInput, IsMultiline = true, MaxLength = MeetingLimits.ExternalText, Placeholder = texts.MeetingExternalPlaceholder, Value = V(ExternalInput),
        });
        body.Add(new TextInput(texts.MeetingAgendaLabel)
        {
            Id = AgendaInput, IsMultiline = true, MaxLength = MeetingLimits.Agenda, Value = V(AgendaInput),
        });
        body.Add(new TextInput(texts.MeetingPlaceLabel)
        {
            Id = PlaceInput, MaxLength = MeetingLimits.Place, Placeholder = texts.MeetingPlacePlaceholder, Value = V(PlaceInput),
        });

        if (suggestions is not null && zone is not null)
        {
            body.Add(SuggestionsPart(texts, formKey, suggestions, zone));
        }

        return Card(texts, texts.MeetingFormTitle, body,
        [
            Execute(texts, texts.MeetingSuggest, CardVerbs.MeetingSuggest, (CardVerbs.MeetingFormKey, formKey)),
            Execute(texts, texts.MeetingBook, CardVerbs.MeetingBook, (CardVerbs.MeetingFormKey, formKey)),
        ]);
    }

    private static Container SuggestionsPart(Texts texts, string formKey, Suggestions suggestions, TimeZoneInfo zone)
    {
        var items = new List<CardElement> { Subtitle(texts.MeetingSuggestionsTitle) };
        if (!suggestions.CalendarsRead)
        {
            items.Add(Paragraph(texts.MeetingGraphNotConfigured));
        }
        else if (suggestions.Slots.Count == 0)
        {
            items.Add(Paragraph(texts.MeetingNoSuggestions));
        }

        foreach (var slot in suggestions.Slots)
        {
            var when = MeetingTimes.Range(texts, slot.Start, slot.End, zone);
            items.Add(new TextBlock(when) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            if (suggestions.CalendarsRead)
            {
                items.Add(new TextBlock(texts.MeetingSlotFree(slot.Free.Count, suggestions.Attendees)) { IsSubtle = true, Spacing = Spacing.None });
            }

            items.Add(new ActionSet([Execute(texts, texts.MeetingBookSlot(MeetingTimes.Short(texts, slot.Start, zone)), CardVerbs.MeetingBook,
                (CardVerbs.MeetingFormKey, formKey), (CardVerbs.SlotKey, slot.Start.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)))]));
        }

        if (suggestions.CalendarsRead && suggestions.UnknownNames.Count > 0)
        {
            items.Add(new TextBlock(texts.MeetingUnknownCalendars(texts.JoinList(suggestions.UnknownNames))) { IsSubtle = true, Spacing = Spacing.Medium });
        }

        if (suggestions.Slots.Count > 1)
        {
            // Calendars in other tenants cannot be read: the attendees answer a poll in the channel instead.
            items.Add(new ActionSet([Execute(texts, texts.PollSendButton, CardVerbs.MeetingPollSend, (CardVerbs.MeetingFormKey, formKey),
                (CardVerbs.SlotsKey, string.Join(' ', suggestions.Slots.Select(s => s.Start.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)))))]));
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Large, Style = ContainerStyle.Emphasis };
    }

    public static string ProblemText(Texts texts, MeetingProblem problem) => problem switch
    {
        MeetingProblem.Title => texts.MeetingTitleError(MeetingLimits.Title),
        MeetingProblem.Date => texts.MeetingDateError,
        MeetingProblem.DateInPast => texts.MeetingDateInPast,
        MeetingProblem.Start => texts.MeetingStartError,
        MeetingProblem.EndBeforeStart => texts.MeetingDurationError,
        MeetingProblem.TooLong => texts.MeetingTooLong(texts.Number((decimal)MeetingLimits.MaxDuration.TotalHours)),
        MeetingProblem.NoAttendees => texts.MeetingNoAttendees,
        MeetingProblem.ExternalAddress => texts.MeetingExternalError,
        MeetingProblem.Agenda => texts.MeetingAgendaError(MeetingLimits.AgendaItems, MeetingLimits.Agenda),
        _ => texts.MeetingPlaceError(MeetingLimits.Place),
    };
}
