using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"onboarding skabelon" / "onboarding template": the coordinator's editor for the checklist's steps.</summary>
public sealed class OnboardingTemplateCommand(OnboardingStore store) : ICommand
{
    public string Id => CommandIds.OnboardingTemplate;

    public bool NeedsCommunity => true;

    public Role? RequiredRole => Role.Coordinator;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && audience.Actor?.Holds(Role.Coordinator) == true;

    public async Task<Reply> HandleAsync(Turn turn, string arguments) =>
        Reply.WithCard(TemplateCard.Compose(turn.Texts, await store.TemplateAsync(turn.Community!.Id, turn.CancellationToken)));
}
