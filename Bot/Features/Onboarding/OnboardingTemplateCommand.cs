using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Features.Community;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Onboarding;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"onboarding skabelon" / "onboarding template": the coordinator's editor for the checklist's steps.</summary>
public sealed class OnboardingTemplateCommand(OnboardingStore store, CommunityAccess access) : ICommand
{
    public string Id => CommandIds.OnboardingTemplate;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && audience.Actor?.Holds(Role.Coordinator) == true;

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        if (!await access.HoldsAsync(turn.Community!.Id, turn.ActorId, Role.Coordinator, turn.CancellationToken).ConfigureAwait(false))
        {
            return Reply.WithText(turn.Texts.RefusalRole(turn.Texts.RoleName(Role.Coordinator)));
        }

        return Reply.WithCard(TemplateCard.Compose(turn.Texts, await store.TemplateAsync(turn.Community.Id, turn.CancellationToken).ConfigureAwait(false)));
    }
}
