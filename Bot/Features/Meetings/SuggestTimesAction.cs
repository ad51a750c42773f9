using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"Foreslå tidspunkter": the form again, with the three best times from the attendees' calendars as buttons.</summary>
public sealed class SuggestTimesAction(MeetingForms forms, MeetingService meetings) : CommunityFormAction(CardVerbs.MeetingSuggest, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        if (input.Text(CardVerbs.MeetingFormKey) is not { } formKey || !MeetingForms.IsFormKey(formKey))
        {
            return Reply.WithText(turn.Texts.ErrorCardOutdated);
        }

        var draft = forms.Read(turn, input);
        var entered = MeetingForms.Entered(input);

        // Only what a search needs: who, and for how long.
        var problems = draft.Validate(meetings.Now, turn.Community.Clock)
            .Where(p => p is MeetingProblem.NoAttendees or MeetingProblem.ExternalAddress or MeetingProblem.EndBeforeStart or MeetingProblem.TooLong)
            .ToList();
        if (problems.Count > 0)
        {
            return Reply.WithCard(await forms.ComposeAsync(turn, formKey, entered, problems));
        }

        var (suggestions, problem) = await meetings.SuggestAsync(turn, draft);
        return Reply.WithCard(await forms.ComposeAsync(turn, formKey, entered, null, suggestions, problem));
    }
}
