using CoordinatorBot.Bot.Conversation.Dialogs;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"onboarding ny" / "onboarding new": starts the guided dialog (the coordinator).</summary>
[HelpOrder(1)]
public sealed class OnboardingNewCommand(DialogRunner dialogs) : CommunityCommand(CommandIds.OnboardingNew, Role.Coordinator)
{
    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) => dialogs.StartAsync(turn, OnboardingDialog.DialogId);
}
