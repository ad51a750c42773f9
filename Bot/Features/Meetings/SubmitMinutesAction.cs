using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// The minutes form's "Send til godkendelse": the texts and B-numbers checked, the minutes stored as a draft and put to
/// the body as a decision of type referat. A problem brings the form back with what was entered and the reasons.
/// </summary>
// The coordinator: checked by MinutesService, which also knows whether the meeting awaits minutes.
public sealed class SubmitMinutesAction(MinutesService minutes, MeetingService meetings) : CommunityFormAction(CardVerbs.MeetingMinutes)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        if (input.Text(CardVerbs.MeetingKey) is not { } id)
        {
            return Reply.WithText(turn.Texts.ErrorCardOutdated);
        }

        var zone = turn.Community.Clock.Zone;
        var (found, problem) = await minutes.FormAsync(turn, id);
        if (found is null || problem is not null)
        {
            return found is null ? Reply.WithText(problem!.Text) : Reply.WithCard(meetings.Card(turn, found, problem));
        }

        var count = MinutesForm.Headings(turn.Texts, found).Count;
        var entered = Enumerable.Range(0, count)
            .SelectMany(i => new[] { MinutesForm.TextInput(i), MinutesForm.DecisionsInput(i) })
            .ToDictionary(key => key, input.Text);
        if (entered.Any(e => TextLimits.Exceeds(e.Value, e.Key.StartsWith("minutesText", StringComparison.Ordinal) ? MeetingLimits.Minutes : MeetingLimits.MinutesDecisions)))
        {
            return Reply.WithCard(MinutesForm.Compose(turn.Texts, found, zone, entered, [turn.Texts.MinutesTooLong(MeetingLimits.Minutes)]));
        }

        var items = Enumerable.Range(0, count)
            .Select(i => (entered[MinutesForm.TextInput(i)] ?? string.Empty, entered[MinutesForm.DecisionsInput(i)])).ToList();
        var (meeting, notice, problems) = await minutes.SubmitAsync(turn, id, items);
        return problems.Count > 0 ? Reply.WithCard(MinutesForm.Compose(turn.Texts, meeting!, zone, entered, problems))
            : meeting is null ? Reply.WithText(notice!.Text)
            : Reply.WithCard(meetings.Card(turn, meeting, notice));
    }
}
