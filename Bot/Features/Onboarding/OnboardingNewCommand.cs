using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Conversation.Dialogs;
using CoordinatorBot.Bot.Features.Community;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Bot.Features.Onboarding;

/// <summary>"onboarding ny" / "onboarding new": starts the guided dialog (the coordinator).</summary>
public sealed class OnboardingNewCommand(DialogRunner dialogs, CommunityAccess access) : ICommand
{
    public string Id => CommandIds.OnboardingNew;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && audience.Actor?.Holds(Role.Coordinator) == true;

    public async Task<Reply> HandleAsync(Turn turn, string arguments) =>
        await access.HoldsAsync(turn.Community!.Id, turn.ActorId, Role.Coordinator, turn.CancellationToken).ConfigureAwait(false)
            ? await dialogs.StartAsync(turn, OnboardingDialog.DialogId).ConfigureAwait(false)
            : Reply.WithText(turn.Texts.OnboardingNotAllowed);
}
