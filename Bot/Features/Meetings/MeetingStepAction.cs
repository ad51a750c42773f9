using CoordinatorBot.Cards.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// The meeting card's steps on its way: "Send dagsorden", "Skriv referat" (opens the minutes form) and "Markér som
/// publiceret". The coordinator's, checked in <see cref="MinutesService"/>.
/// </summary>
[ForVerbs(CardVerbs.MeetingAgenda, CardVerbs.MeetingMinutesForm, CardVerbs.MeetingPublish)]
public sealed class MeetingStepAction(MinutesService minutes, MeetingService meetings, string verb) : CommunityCardAction<MeetingAction.Input>(verb)
{
    protected override MeetingAction.Input? Read(CardInput input) =>
        input.Text(CardVerbs.MeetingKey) is { } id ? new MeetingAction.Input(id) : null;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, MeetingAction.Input input)
    {
        var zone = turn.Community.Clock.Zone;
        if (Verb == CardVerbs.MeetingMinutesForm)
        {
            var (found, problem) = await minutes.FormAsync(turn, input.MeetingId);
            return found is null ? Reply.WithText(problem!.Text)
                : problem is not null ? Reply.WithCard(meetings.Card(turn, found, problem))
                : Reply.WithCard(MinutesForm.Compose(turn.Texts, found, zone));
        }

        var (meeting, notice) = Verb == CardVerbs.MeetingAgenda
            ? await minutes.SendAgendaAsync(turn, input.MeetingId)
            : await minutes.PublishAsync(turn, input.MeetingId);
        return meeting is null ? Reply.WithText(notice.Text) : Reply.WithCard(meetings.Card(turn, meeting, notice));
    }
}
