using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Cards.Common;

/// <summary>An estimate and the coordination group's budget in words, as the backlog, the setup and the status report say them.</summary>
public static class BudgetWords
{
    public static string EstimateText(Texts texts, Estimate estimate) =>
        estimate.IsEmpty ? "–" : string.Join(" · ", new[]
        {
            estimate.Hours is { } h ? texts.Count(h, Unit.Hour) : null, estimate.Dkk is { } d ? texts.Kroner(d) : null,
        }.OfType<string>());

    /// <summary>"400 timer og 300.000 kr. pr. kvartal", or that there is none.</summary>
    public static string BudgetText(Texts texts, Domain.Backlog.BacklogBudget budget)
    {
        if (!budget.IsSet)
        {
            return texts.BacklogNoBudget;
        }

        var parts = new[] { budget.Hours is { } h ? texts.Count(h, Unit.Hour) : null, budget.Dkk is { } d ? texts.Kroner(d) : null }.OfType<string>();
        return texts.BudgetPer(texts.JoinList(parts), texts.BudgetPeriodName(budget.Period));
    }
}
