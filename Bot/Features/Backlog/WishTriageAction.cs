using CoordinatorBot.Cards.Backlog;
using CoordinatorBot.Domain.Backlog;
using CoordinatorBot.Domain.Input;
using CoordinatorBot.Domain.Priorities;

namespace CoordinatorBot.Bot.Features.Backlog;

/// <summary>
/// Triage by the coordination group (its members and the coordinator): accept a wish into the backlog with its MoSCoW
/// class, estimate, supplier and acceptance criteria, or decline it with a reason. Either way the raiser and the
/// supporting municipalities are told.
/// </summary>
[ForVerbs(CardVerbs.WishAccept, CardVerbs.WishDecline)]
public sealed class WishTriageAction(BacklogService backlog, BacklogReplies replies, string verb) : CommunityFormAction(verb)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var texts = turn.Texts;
        if (BacklogAuthority.MayTriage(turn.Actor) is var permission and not BacklogPermission.Allowed)
        {
            return Reply.WithText(BacklogReplies.Refusal(texts, permission));
        }

        if (BacklogReplies.Number(input.Text(CardVerbs.WishKey)) is not { } number)
        {
            return Reply.WithText(texts.ErrorCardOutdated);
        }

        if (Verb == CardVerbs.WishDecline)
        {
            var reason = input.Text($"{WishCard.ReasonInput}.{number}");
            if (reason is null || TextLimits.Exceeds(reason, TextLimits.WishNeed))
            {
                return await replies.WishAsync(turn, number, new Notice(texts.WishDeclineNeedsReason, true));
            }

            var declined = await backlog.DeclineAsync(turn.Community, turn.Members, turn.Actor!, number, reason, turn.CancellationToken);
            return await replies.WishesAsync(turn, 0, null,
                declined is null ? new Notice(texts.WishNotOpen(number), true) : new Notice(texts.WishDeclined(number), false));
        }

        var hours = Amount(input.Text($"{WishCard.HoursInput}.{number}"));
        var dkk = Amount(input.Text($"{WishCard.DkkInput}.{number}"));
        var supplier = input.Text($"{WishCard.SupplierInput}.{number}");
        var criteria = (input.Text($"{WishCard.CriteriaInput}.{number}") ?? string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        var budget = turn.Community.BacklogBudget;
        var problem = hours is < 0 || dkk is < 0 ? texts.ItemEstimateError
            // With a budget, an item without an estimate in its unit would never count against the mandate.
            : budget.Hours is not null && hours is null || budget.Dkk is not null && dkk is null ? texts.ItemEstimateRequired
            : supplier is null || TextLimits.Exceeds(supplier, TextLimits.SupplierName) ? texts.ItemSupplierError
            : criteria.Count == 0 || TextLimits.Exceeds(string.Join('\n', criteria), TextLimits.AcceptanceCriteria) ? texts.ItemCriteriaError
            : null;
        if (problem is not null)
        {
            return await replies.WishAsync(turn, number, new Notice(problem, true));
        }

        var moscow = Enum.TryParse<MoscowClass>(input.Text($"{WishCard.ClassInput}.{number}"), out var chosen) && Enum.IsDefined(chosen)
            ? chosen : MoscowClass.Should;
        var item = await backlog.AcceptAsync(turn.Community, turn.Members, turn.Actor!, number, moscow, new Estimate(hours, dkk), supplier!,
            criteria, turn.CancellationToken);
        return item is null
            ? await replies.WishesAsync(turn, 0, null, new Notice(texts.WishNotOpen(number), true))
            : await replies.ItemAsync(turn, item, new Notice(texts.WishAccepted(number), false));
    }

    /// <summary>An amount typed as Danes write it; empty is none, text that is no number is -1 (refused).</summary>
    private static decimal? Amount(string? text) => text is null ? null : DanishNumber.TryParse(text) ?? -1m;
}
