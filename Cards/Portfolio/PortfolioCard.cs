using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Domain.Portfolio;
using static CoordinatorBot.Cards.Common.CardParts;

namespace CoordinatorBot.Cards.Portfolio;

/// <summary>The secretariat's portfolio: one card, a section per community, sorted by risk; figures only, no names.</summary>
public static class PortfolioCard
{
    public const int MaxShown = 25;

    public static AdaptiveCard Compose(Texts texts, IReadOnlyList<PortfolioRow> rows)
    {
        var body = new List<CardElement> { Title(texts.PortfolioTitle), Paragraph(texts.PortfolioIntro) with { IsSubtle = true } };
        if (rows.Count == 0)
        {
            body.Add(Paragraph(texts.PortfolioEmpty));
        }

        foreach (var row in rows.Take(MaxShown))
        {
            body.Add(Subtitle(row.Product));
            body.Add(new FactSet(
            [
                new Fact(texts.PortfolioFactStatus, row.Mark is { } mark && row.Report is { } report
                    ? texts.PortfolioMarkLine(texts.StatusMarkName(mark), report)
                    : texts.PortfolioNoReport),
                new Fact(texts.PortfolioFactPeople, texts.PortfolioPeopleValue(texts.Count(row.Members, Unit.Person), texts.Count(row.Municipalities, Unit.Municipality))),
                new Fact(texts.PortfolioFactOnboardings, texts.Number(row.OnboardingsInProgress)),
                new Fact(texts.PortfolioFactDecisions, texts.Count(row.OpenDecisions, Unit.Decision)),
                new Fact(texts.PortfolioFactBacklog, texts.PortfolioBacklogValue(texts.Count(row.CommittedHours, Unit.Hour),
                    row.BudgetHours is { } budget ? texts.Count(budget, Unit.Hour) : texts.PortfolioNoBudget)),
                new Fact(texts.PortfolioFactRelease, row.LatestRelease ?? texts.PortfolioNoRelease),
            ]));
        }

        return Card(texts, texts.PortfolioTitle, body);
    }
}
