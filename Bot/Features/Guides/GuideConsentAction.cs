using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>
/// The consent button: sets the presser's own consent (their identity from the activity; the card names nobody), so a
/// card forwarded or shown to someone else changes only that person's.
/// </summary>
public sealed class GuideConsentAction(GuideService guides) : CommunityFormAction(CardVerbs.GuideConsent)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        if (GuideAuthority.MayConsent(turn.Actor) is var permission and not GuidePermission.Allowed)
        {
            return Reply.WithText(turn.Texts.GuideRefusal(permission));
        }

        var value = input.Text(CardVerbs.GuideConsentKey);
        if (value is not ("true" or "false"))
        {
            return Reply.WithText(turn.Texts.ErrorCardOutdated);
        }

        var consent = value == "true";
        await guides.SetConsentAsync(turn.Community.Id, turn.Actor!.AadObjectId, consent, turn.CancellationToken);
        return Reply.WithCard(GuideConsentCard.Compose(turn.Texts, consent, null,
            new Notice(consent ? turn.Texts.ConsentSaved : turn.Texts.ConsentWithdrawn, false)));
    }
}
