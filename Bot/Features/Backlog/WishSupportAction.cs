using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// "Støt" / "Støt i stedet": one vote per municipality. A municipality's person supports for their own municipality;
/// the coordinator may record one on a municipality's behalf. The municipality a card names is checked, never trusted.
/// </summary>
public sealed class WishSupportAction(BacklogService backlog, BacklogReplies replies) : CommunityFormAction(CardVerbs.WishSupport)
{
    // The support row is one per municipality and wish: a redelivered press finds it and says so, and changes nothing.
    public override bool RecognisesRedelivery => true;

    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (BacklogReplies.Number(input.Text(CardVerbs.WishKey)) is not { } number)
        {
            return Reply.WithText(texts.ErrorCardOutdated);
        }

        var named = input.Text($"{WishCard.OnBehalfInput}.{number}");
        // A municipality named on behalf must be one of the 98: a made-up name would pad the count.
        if (named is not null && Municipalities.Find(named).Municipality is null)
        {
            return Reply.WithText(texts.OnboardingUnknownMunicipality(named));
        }

        var municipality = named is null ? BacklogReplies.OwnMunicipality(turn.Actor) : Municipalities.Find(named).Municipality;
        if (municipality is null)
        {
            return Reply.WithText(BacklogReplies.Refusal(texts, BacklogAuthority.MaySupport(turn.Actor, string.Empty)));
        }

        if (BacklogAuthority.MaySupport(turn.Actor, municipality) is var permission and not BacklogPermission.Allowed)
        {
            return Reply.WithText(BacklogReplies.Refusal(texts, permission, BacklogReplies.OwnMunicipality(turn.Actor)));
        }

        var outcome = await backlog.SupportAsync(turn.Community, turn.Actor!, number, municipality, turn.CancellationToken);
        var name = Municipalities.OfficialName(municipality);
        var notice = outcome switch
        {
            SupportOutcome.Recorded => new Notice(texts.WishSupported(number, name), false),
            SupportOutcome.AlreadySupported => new Notice(texts.WishAlreadySupported(number, name), false),
            SupportOutcome.NotOpen => new Notice(texts.WishNotOpen(number), true),
            _ => new Notice(texts.WishNotFound, true),
        };
        return await replies.WishesAsync(turn, 0, null, notice, recent: true);
    }
}
