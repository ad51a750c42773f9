namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// "Book mødet", or a suggested time's button: everything checked again on the server, then the meeting is stored,
/// booked and posted in the channel, and the form becomes the meeting's card.
/// </summary>
public sealed class BookMeetingAction(MeetingForms forms, MeetingService meetings) : CommunityFormAction(CardVerbs.MeetingBook, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        if (input.Text(CardVerbs.MeetingFormKey) is not { } formKey || !MeetingForms.IsFormKey(formKey))
        {
            return Reply.WithText(turn.Texts.ErrorCardOutdated);
        }

        var clock = turn.Community.Clock;
        var draft = forms.Read(turn, input);

        // A suggested time's button carries its start: it replaces the date and time in the form.
        if (DateTimeOffset.TryParse(input.Text(CardVerbs.SlotKey), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var slot))
        {
            var local = clock.ToLocal(slot);
            draft = draft with { Date = DateOnly.FromDateTime(local.DateTime), Start = TimeOnly.FromDateTime(local.DateTime) };
        }

        var problems = draft.Validate(meetings.Now, clock);
        if (problems.Count > 0 || draft.StartAt(clock) is not { } start)
        {
            return Reply.WithCard(await forms.ComposeAsync(turn, formKey, MeetingForms.Entered(input), problems));
        }

        return await meetings.BookAsync(turn, formKey, draft, start) is { } booked
            ? Reply.WithCard(meetings.Card(turn, booked.Meeting, booked.Notice))
            : await ExistingAsync(turn, formKey);
    }

    private async Task<Reply> ExistingAsync(CommunityTurn turn, string formKey) =>
        await meetings.GetAsync(turn.Community, formKey, turn.CancellationToken) is { } existing
            ? Reply.WithCard(meetings.Card(turn, existing, new Notice(turn.Texts.MeetingAlreadyBooked, false)))
            : Reply.WithText(turn.Texts.MeetingAlreadyBooked);
}
