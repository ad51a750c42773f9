using CoordinatorBot.Cards.Meetings;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"referat" / "minutes": the minutes form for the latest meeting that awaits them (the coordinator).</summary>
[HelpOrder(3)]
public sealed class MinutesCommand(MinutesService minutes) : CommunityCommand(CommandIds.Minutes, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        await minutes.AwaitingMinutesAsync(turn.Community, turn.CancellationToken) is { } meeting
            ? Reply.WithCard(MinutesForm.Compose(turn.Texts, meeting, turn.Community.Clock.Zone))
            : Reply.WithText(turn.Texts.MinutesNoMeeting);
}
