using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Input;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"Flyt mødet" on the meeting's card: a new date and start; the length stays. The card updates for everyone.</summary>
// The coordinator, while the meeting is neither cancelled nor over: checked by MeetingAuthority in the service.
public sealed class MoveMeetingAction(MeetingService meetings) : CommunityFormAction(CardVerbs.MeetingMove)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var clock = turn.Community.Clock;
        if (input.Text(CardVerbs.MeetingKey) is not { } id)
        {
            return Reply.WithText(turn.Texts.ErrorCardOutdated);
        }

        var date = DanishDate.TryParse(input.Text(MeetingCard.MoveDateInput), clock.Today(meetings.Now));
        var start = DanishTime.TryParse(input.Text(MeetingCard.MoveStartInput));
        if (date is null || start is null)
        {
            return await WithNoticeAsync(turn, id, new Notice(date is null ? turn.Texts.MeetingDateError : turn.Texts.MeetingStartError, true));
        }

        var (meeting, notice) = await meetings.MoveAsync(turn, id, clock.ToInstant(date.Value, start.Value));
        return meeting is null ? Reply.WithText(notice.Text) : Reply.WithCard(meetings.Card(turn, meeting, notice));
    }

    private async Task<Reply> WithNoticeAsync(CommunityTurn turn, string id, Notice notice) =>
        await meetings.GetAsync(turn.Community, id, turn.CancellationToken) is { } meeting
            ? Reply.WithCard(meetings.Card(turn, meeting, notice))
            : Reply.WithText(turn.Texts.MeetingNotFound);
}
