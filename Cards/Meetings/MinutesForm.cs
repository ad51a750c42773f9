using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Cards.Meetings;

/// <summary>
/// The minutes form (<c>referat</c>): for each agenda item what was said and the decisions taken there (B-numbers);
/// "Send til godkendelse" puts them to the body as a decision of type referat.
/// </summary>
public static class MinutesForm
{
    public static string TextInput(int item) => $"minutesText{item}";

    public static string DecisionsInput(int item) => $"minutesDecisions{item}";

    /// <summary>The items the form asks about: the agenda, or one general item when the meeting had none.</summary>
    public static IReadOnlyList<string> Headings(Texts texts, Meeting meeting) =>
        meeting.Agenda.Count > 0 ? meeting.Agenda : [texts.MinutesGeneralItem];

    /// <param name="entered">What was entered before (shown again with the problems), by input id.</param>
    public static AdaptiveCard Compose(Texts texts, Meeting meeting, TimeZoneInfo zone, IReadOnlyDictionary<string, string?>? entered = null,
        IReadOnlyList<string>? problems = null)
    {
        string? V(string id) => entered is not null && entered.TryGetValue(id, out var v) ? v : null;
        var title = texts.MinutesFormTitle(texts.MeetingName(meeting.Kind, meeting.Title));
        var body = new List<CardElement>();
        if (problems is { Count: > 0 })
        {
            body.Add(CardParts.Notice(string.Join(" ", problems), true));
        }

        body.Add(Title(title));
        body.Add(new TextBlock(MeetingTimes.Range(texts, meeting.Start, meeting.End, zone)) { IsSubtle = true, Spacing = Spacing.None });
        body.Add(Paragraph(texts.MinutesFormIntro(texts.MinutesBodyName(MeetingLifecycle.ApprovingBody(meeting)))));
        var headings = Headings(texts, meeting);
        for (var i = 0; i < headings.Count; i++)
        {
            var written = meeting.Minutes?.Items.ElementAtOrDefault(i);
            body.Add(Subtitle($"{i + 1}. {headings[i]}"));
            body.Add(new Model.TextInput(texts.MinutesTextLabel)
            {
                Id = TextInput(i), IsMultiline = true, MaxLength = MeetingLimits.Minutes, Value = V(TextInput(i)) ?? written?.Text,
            });
            body.Add(new Model.TextInput(texts.MinutesDecisionsLabel)
            {
                Id = DecisionsInput(i), MaxLength = MeetingLimits.MinutesDecisions, Placeholder = texts.MinutesDecisionsPlaceholder,
                Value = V(DecisionsInput(i)) ?? (written is { Decisions.Count: > 0 } ? string.Join(", ", written.Decisions) : null),
            });
        }

        return Card(texts, title, body, [Execute(texts, texts.MinutesSubmit, CardVerbs.MeetingMinutes, (CardVerbs.MeetingKey, meeting.Id))]);
    }
}
