using CoordinatorBot.Domain.Portfolio;

namespace CoordinatorBot.Cards.Portfolio;

/// <summary>
/// The secretariat's portfolio: one card, a section per community, sorted by risk, a chart of the backlog against the
/// budget (its alt text states the numbers), and the CSV and JSON of the same figures; figures only, no names.
/// </summary>
public static class PortfolioCard
{
    public const int MaxShown = 25;

    public static AdaptiveCard Compose(Texts texts, IReadOnlyList<PortfolioRow> rows, PortfolioLinks? links = null)
    {
        var body = new List<CardElement> { Title(texts.PortfolioTitle), Paragraph(texts.PortfolioIntro) with { IsSubtle = true } };
        if (rows.Count == 0)
        {
            body.Add(Paragraph(texts.PortfolioEmpty));
        }
        else if (links is not null)
        {
            body.Add(new Image(links.Chart) { AltText = PortfolioWords.ChartAlt(texts, rows) });
        }

        foreach (var row in rows.Take(MaxShown))
        {
            body.Add(Subtitle(row.Product));
            body.Add(new FactSet(
            [
                new Fact(texts.PortfolioFactStatus, row.Mark is { } mark && row.Report is { } report
                    ? texts.PortfolioMarkLine(texts.StatusMarkName(mark), report)
                    : texts.PortfolioNoReport),
                new Fact(texts.PortfolioFactGovernance, PortfolioWords.Governance(texts, row)),
                new Fact(texts.PortfolioFactPeople, texts.PortfolioPeopleValue(texts.Count(row.Members, Unit.Person), texts.Count(row.Municipalities, Unit.Municipality))),
                new Fact(texts.PortfolioFactOnboardings, texts.Number(row.OnboardingsInProgress)),
                new Fact(texts.PortfolioFactDecisions, texts.Count(row.OpenDecisions, Unit.Decision)),
                new Fact(texts.PortfolioFactBacklog, PortfolioWords.Backlog(texts, row)),
                new Fact(texts.PortfolioFactRelease, row.LatestRelease ?? texts.PortfolioNoRelease),
            ]));
        }

        if (rows.Count > MaxShown)
        {
            body.Add(Paragraph(texts.PortfolioMoreInFiles(rows.Count - MaxShown)) with { IsSubtle = true });
        }

        if (links is null)
        {
            return Card(texts, texts.PortfolioTitle, body);
        }

        body.Add(new TextBlock(texts.ExportExpires(texts.DateTime(links.Expires, links.Zone))) { IsSubtle = true });
        return Card(texts, texts.PortfolioTitle, body,
            [new OpenUrlAction(texts.PortfolioCsvLink, links.Csv), new OpenUrlAction(texts.PortfolioJsonLink, links.Json)]);
    }
}
