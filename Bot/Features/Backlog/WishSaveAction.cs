using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Onboarding;
using CoordinatorBot.Storage.Backlog;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// Saves the wish form. Alike wishes and items are shown first, each with "Støt i stedet"; "Gem alligevel" saves it
/// anyway.
/// </summary>
public sealed class WishSaveAction(BacklogStore store, BacklogService backlog, BacklogReplies replies) : CommunityFormAction(CardVerbs.WishSave)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (BacklogAuthority.MayRaise(turn.Actor) is var permission and not BacklogPermission.Allowed)
        {
            return Reply.WithText(BacklogReplies.Refusal(texts, permission));
        }

        var own = BacklogReplies.OwnMunicipality(turn.Actor);
        var entered = new WishForm.Entered(input.Text(WishForm.TitleInput), input.Text(WishForm.NeedInput),
            input.Text(WishForm.MunicipalityInput), input.Text(WishForm.ImportanceInput));
        var municipality = own ?? Municipalities.Find(entered.Municipality).Municipality;
        var problem = entered.Title is not { } title || TextLimits.Exceeds(title, TextLimits.WishTitle) ? texts.WishTitleError
            : entered.Need is not { } need || TextLimits.Exceeds(need, TextLimits.WishNeed) ? texts.WishNeedError
            : municipality is null ? texts.WishMunicipalityError
            : null;
        if (problem is not null)
        {
            return Reply.WithCard(WishForm.Compose(texts, own, entered, problem));
        }

        if (input.Text(CardVerbs.ForceKey) != "true" &&
            BacklogService.Similar(await store.LoadAsync(turn.Community.Id, turn.CancellationToken), entered.Title!) is { Count: > 0 } similar)
        {
            return Reply.WithCard(WishForm.Compose(texts, own, entered, null, similar));
        }

        var importance = Enum.TryParse<WishImportance>(entered.Importance, out var chosen) && Enum.IsDefined(chosen) ? chosen : WishImportance.Medium;
        var wish = await backlog.RaiseAsync(turn.Community, turn.Actor!, entered.Title!, entered.Need!, municipality!, importance, turn.CancellationToken);
        return await replies.WishesAsync(turn, 0, null, new Notice(texts.WishSaved(wish.Number, wish.Title), false));
    }
}
