using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>
/// "case samtykke": the person's own consent to be named in user cases, with the button that changes it. In a channel,
/// where everyone reads the answer, the card does not say what the person chose and offers both buttons.
/// </summary>
[HelpOrder(5)]
public sealed class CaseConsentCommand(GuideService guides) : CommunityCommand(CommandIds.CaseConsent)
{
    public override bool IsOfferedTo(CommandAudience audience) =>
        audience.InCommunity && GuideAuthority.MayConsent(audience.Actor) == GuidePermission.Allowed;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, string arguments)
    {
        if (GuideAuthority.MayConsent(turn.Actor) is var permission and not GuidePermission.Allowed)
        {
            return Reply.WithText(turn.Texts.GuideRefusal(permission));
        }

        if (!turn.AnswersOnlyTheActor)
        {
            return Reply.WithCard(GuideConsentCard.Compose(turn.Texts, null));
        }

        var (_, consenting) = await guides.LoadAsync(turn.Community.Id, turn.CancellationToken);
        return Reply.WithCard(GuideConsentCard.Compose(turn.Texts, consenting.Contains(turn.Actor!.AadObjectId)));
    }
}
