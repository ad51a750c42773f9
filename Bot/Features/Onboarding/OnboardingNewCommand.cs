using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"onboarding ny" / "onboarding new": starts the guided dialog (the coordinator).</summary>
public sealed class OnboardingNewCommand(DialogRunner dialogs) : ICommand
{
    public string Id => CommandIds.OnboardingNew;

    public bool NeedsCommunity => true;

    public Role? RequiredRole => Role.Coordinator;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && audience.Actor?.Holds(Role.Coordinator) == true;

    public Task<Reply> HandleAsync(Turn turn, string arguments) => dialogs.StartAsync(turn, OnboardingDialog.DialogId);
}
