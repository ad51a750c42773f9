using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>"beslutning ny" / "decision new": the proposal form, for the coordinator and the bodies' members.</summary>
public sealed class DecisionNewCommand(DecisionForms forms, CommunityAccess access) : ICommand
{
    public string Id => CommandIds.DecisionNew;

    public bool NeedsCommunity => true;

    public bool IsOfferedTo(CommandAudience audience) => audience.InCommunity && DecisionBodies.MayProposeAny(audience.Actor);

    public async Task<Reply> HandleAsync(Turn turn, string arguments)
    {
        var actor = await access.MemberAsync(turn.Community!.Id, turn.ActorId, turn.CancellationToken);
        return DecisionBodies.MayProposeAny(actor)
            ? Reply.WithCard(await forms.ComposeAsync(turn, null, null))
            : Reply.WithText(turn.Texts.DecisionNotAllowedToPropose);
    }
}
