using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>"ønske ny": the wish form, for any member of the community.</summary>
[HelpOrder(1)]
public sealed class WishNewCommand() : CommunityCommand(CommandIds.WishNew)
{
    public override bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && BacklogAuthority.MayRaise(audience.Actor) == BacklogPermission.Allowed;

    protected override Task<Reply> HandleAsync(CommunityTurn turn, string arguments) =>
        Task.FromResult(BacklogAuthority.MayRaise(turn.Actor) is var permission and not BacklogPermission.Allowed
            ? Reply.WithText(BacklogReplies.Refusal(turn.Texts, permission))
            : Reply.WithCard(WishForm.Compose(turn.Texts, BacklogReplies.OwnMunicipality(turn.Actor),
                new WishForm.Entered(string.IsNullOrWhiteSpace(arguments) ? null : arguments.Trim(), null, null, null))));
}
