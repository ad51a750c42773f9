using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// The time poll's buttons: "Send som afstemning" on the form (the coordinator), "Send svar" and the card's refresh
/// (each attendee's own view; who answers is Teams' aadObjectId, never a card field), and the coordinator's pick.
/// </summary>
[ForVerbs(CardVerbs.MeetingPollSend, CardVerbs.MeetingPollAnswer, CardVerbs.MeetingPollRefresh, CardVerbs.MeetingPollBook)]
public sealed class TimePollAction(TimePollService polls, MeetingForms forms, MeetingService meetings, string verb) : CommunityFormAction(verb)
{
    // An answer replaces the person's earlier one: a redelivered press writes the same again, so it needs no claim.
    public override bool RecognisesRedelivery => Verb == CardVerbs.MeetingPollAnswer;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        if (input.Text(CardVerbs.MeetingFormKey) is not { } id || !MeetingForms.IsFormKey(id))
        {
            return Reply.WithText(turn.Texts.ErrorCardOutdated);
        }

        if (Verb == CardVerbs.MeetingPollAnswer)
        {
            var answers = Enumerable.Range(0, 10)
                .Select(i => Enum.TryParse<PollAnswer>(input.Text(TimePollCard.SlotInput(i)), out var a) && Enum.IsDefined(a) ? a : (PollAnswer?)null).ToList();
            return await polls.AnswerAsync(turn, id, answers);
        }

        if (Verb == CardVerbs.MeetingPollRefresh)
        {
            return await polls.ViewAsync(turn, id);
        }

        if (turn.RefusalUnless(Role.Coordinator) is { } refused)
        {
            return refused;
        }

        if (Verb == CardVerbs.MeetingPollBook)
        {
            return int.TryParse(input.Text(CardVerbs.SlotKey), NumberStyles.None, CultureInfo.InvariantCulture, out var slot)
                ? await polls.PickAsync(turn, id, slot)
                : Reply.WithText(turn.Texts.ErrorCardOutdated);
        }

        return await SendAsync(turn, input, id);
    }

    private async Task<Reply> SendAsync(CommunityTurn turn, CardInput input, string formKey)
    {
        var slots = (input.Text(CardVerbs.SlotsKey) ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : (DateTimeOffset?)null)
            .OfType<DateTimeOffset>().Where(t => t > meetings.Now).Take(MeetingLimits.PollSlots).ToList();
        var draft = forms.Read(turn, input);
        var clock = turn.Community.Clock;
        if (slots.Count > 0)
        {
            // The first time fills the date and time, so that the form's own checks pass; each time is checked by being offered.
            var local = clock.ToLocal(slots[0]);
            draft = draft with { Date = DateOnly.FromDateTime(local.DateTime), Start = TimeOnly.FromDateTime(local.DateTime), RepeatMonths = 0 };
        }

        var problems = draft.Validate(meetings.Now, clock);
        if (problems.Count > 0 || slots.Count < 2)
        {
            return Reply.WithCard(await forms.ComposeAsync(turn, formKey, MeetingForms.Entered(input), problems,
                notice: problems.Count == 0 ? new Notice(turn.Texts.PollTooFewTimes, true) : null));
        }

        var poll = await polls.SendAsync(turn, formKey, draft, slots);
        return Reply.WithCard(await forms.ComposeAsync(turn, formKey, MeetingForms.Entered(input),
            notice: new Notice(poll is null ? turn.Texts.PollAlreadySent : turn.Texts.PollSent(poll.Required.Count), poll is null)));
    }
}
