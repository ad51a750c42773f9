using CoordinatorBot.Cards.Onboarding;
using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"onboarding skabelon" / "onboarding template": the coordinator's editor for the checklist's steps.</summary>
[HelpOrder(3)]
public sealed class OnboardingTemplateCommand(OnboardingStore store) : CommunityCommand(CommandIds.OnboardingTemplate, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        Reply.WithCard(TemplateCard.Compose(turn.Texts, await store.TemplateAsync(turn.Community.Id, turn.CancellationToken)));
}
