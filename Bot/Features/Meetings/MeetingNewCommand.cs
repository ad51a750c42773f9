namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>"møde ny" / "meeting new": the meeting form (the coordinator).</summary>
[HelpOrder(1)]
public sealed class MeetingNewCommand(MeetingForms forms) : CommunityCommand(CommandIds.MeetingNew, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        Reply.WithCard(await forms.ComposeAsync(turn, forms.NewFormKey()));
}
