using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Domain.Decisions;
using CoordinatorBot.Storage.Decisions;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>A decision's card as the person asking may see it.</summary>
public sealed class DecisionReplies(DecisionService service, DecisionViews views, DecisionStore decisions)
{
    public async Task<Reply> ShowAsync(Turn turn, DecisionNumber number, Notice? notice, bool withHistory = false)
    {
        var community = turn.Community!;
        var decision = await service.CloseIfDueAsync(community, number, turn.CancellationToken);
        if (decision is null)
        {
            return Reply.WithText(turn.Texts.DecisionNotFound(number));
        }

        return Reply.WithCard(await CardAsync(turn, decision, notice, withHistory));
    }

    public async Task<Cards.Model.AdaptiveCard> CardAsync(Turn turn, Decision decision, Notice? notice, bool withHistory = false)
    {
        var community = turn.Community!;
        var view = await views.ViewAsync(community, decision, turn.CancellationToken);
        var viewer = await views.ViewerAsync(community, view, turn.ActorId, turn.CancellationToken);
        var history = withHistory ? await decisions.AuditAsync(community.Id, decision.Number, turn.CancellationToken) : null;
        return DecisionCard.ForViewer(turn.Texts, view, viewer, notice, history);
    }
}
