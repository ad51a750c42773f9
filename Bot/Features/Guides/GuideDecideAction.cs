using CoordinatorBot.Cards.Guides;
using CoordinatorBot.Domain.Guides;

namespace CoordinatorBot.Bot.Features.Guides;

/// <summary>
/// *Godkend*, *Bed om ændringer*, *Afvis*: the coordinator's decision on a waiting proposal (the last two with a reason;
/// without one the card comes back saying so). Of two coordinators deciding at once, the second is told it was decided.
/// </summary>
[ForVerbs(CardVerbs.GuideApprove, CardVerbs.GuideAskChanges, CardVerbs.GuideDecline)]
public sealed class GuideDecideAction(GuideService guides, GuideReplies replies, string verb) : CommunityFormAction(verb)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        var decision = Verb switch
        {
            CardVerbs.GuideApprove => GuideDecision.Approve, CardVerbs.GuideAskChanges => GuideDecision.AskChanges, _ => GuideDecision.Decline,
        };
        if (await replies.NamedAsync(turn, input) is not { } guide)
        {
            return Reply.WithText(texts.GuideNotFound);
        }

        if (GuideAuthority.MayDecide(turn.Actor, guide) is var permission and not GuidePermission.Allowed)
        {
            return Refusal(texts, permission, guide);
        }

        var reason = input.Text(GuideCard.ReasonInput(Verb));
        if (GuideAuthority.NeedsReason(decision) && (reason is null || TextLimits.Exceeds(reason, TextLimits.WishNeed)))
        {
            return await replies.CardAsync(turn, guide, new Notice(reason is null ? texts.GuideReasonError : texts.GuideProblemTooLong, true));
        }

        var (saved, outcome) = await guides.DecideAsync(turn.Community, turn.Members, turn.Actor!, guide.Number, decision, reason, turn.CancellationToken);
        if (saved is null)
        {
            return Reply.WithText(texts.GuideNotFound);
        }

        if (outcome != GuidePermission.Allowed)
        {
            return Refusal(texts, outcome, saved);
        }

        return await replies.CardAsync(turn, saved, new Notice(decision switch
        {
            GuideDecision.Approve => texts.GuideDecidedApproved(saved.Title),
            GuideDecision.AskChanges => texts.GuideDecidedChangesAsked(saved.Title),
            _ => texts.GuideDecidedDeclined(saved.Title),
        }, false));
    }

    private static Reply Refusal(Texts texts, GuidePermission permission, Guide guide) =>
        Reply.WithText(permission == GuidePermission.NotOpen
            ? texts.GuideAlreadyDecided(texts.GuideStatusName(guide.Status).ToLower(texts.Culture))
            : texts.GuideRefusal(permission));
}
