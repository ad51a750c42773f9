using CoordinatorBot.Cards.Meetings;
using CoordinatorBot.Domain.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"Aflys mødet" on the meeting's card, with a message to the attendees. The card updates for everyone.</summary>
// The coordinator, while the meeting is neither cancelled nor over: checked by MeetingAuthority in the service.
public sealed class CancelMeetingAction(MeetingService meetings) : CommunityFormAction(CardVerbs.MeetingCancel)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        if (input.Text(CardVerbs.MeetingKey) is not { } id)
        {
            return Reply.WithText(turn.Texts.ErrorCardOutdated);
        }

        var comment = input.Text(MeetingCard.CancelCommentInput);
        if (TextLimits.Exceeds(comment, MeetingLimits.CancelComment))
        {
            return Reply.WithText(turn.Texts.TextTooLong(turn.Texts.MeetingCancelCommentLabel, MeetingLimits.CancelComment));
        }

        var (meeting, notice) = await meetings.CancelAsync(turn, id, comment);
        return meeting is null ? Reply.WithText(notice.Text) : Reply.WithCard(meetings.Card(turn, meeting, notice));
    }
}
