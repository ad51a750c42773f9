using CoordinatorBot.Cards.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"møder" / "meetings": upcoming and recent meetings, for everyone in the community.</summary>
[HelpOrder(2)]
public sealed class MeetingsCommand(MeetingService meetings) : CommunityCommand(CommandIds.Meetings)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        var (upcoming, recent) = await meetings.ListAsync(turn.Community, turn.CancellationToken);
        return Reply.WithCard(MeetingList.Compose(turn.Texts, upcoming, recent, turn.Community.Clock.Zone));
    }
}
