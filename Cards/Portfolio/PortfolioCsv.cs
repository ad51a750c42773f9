using CoordinatorBot.Domain.Portfolio;

namespace CoordinatorBot.Cards.Portfolio;

/// <summary>
/// The portfolio as a CSV for OS2's portfolio work (UTF-8 with BOM, so a spreadsheet reads æ, ø and å; formulas
/// neutralised, as every export's CSV): a row per community, by risk, the same figures as the card, numbers as numbers.
/// </summary>
public static class PortfolioCsv
{
    public static byte[] Write(Texts texts, IReadOnlyList<PortfolioRow> rows)
    {
        var csv = new StringBuilder();
        CsvText.Line(csv, texts.PortfolioCsvProduct, texts.PortfolioFactStatus, texts.PortfolioCsvReport, texts.PortfolioCsvGovernanceReached,
            texts.PortfolioCsvGovernanceTarget, texts.PortfolioFactPeople, texts.PortfolioCsvMunicipalities, texts.PortfolioFactOnboardings,
            texts.PortfolioFactDecisions, texts.PortfolioCsvCommittedHours, texts.PortfolioCsvBudgetHours, texts.PortfolioFactRelease);
        foreach (var row in rows)
        {
            CsvText.Line(csv, row.Product, row.Mark is { } mark ? texts.StatusMarkName(mark) : string.Empty, row.Report ?? string.Empty,
                PortfolioWords.Reached(texts, row), texts.GovernanceLevelName(row.GovernanceTarget), Number(row.Members), Number(row.Municipalities),
                Number(row.OnboardingsInProgress), Number(row.OpenDecisions), Number(row.CommittedHours),
                row.BudgetHours is { } budget ? Number(budget) : string.Empty, row.LatestRelease ?? string.Empty);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    // Invariant digits (a point for decimals): the cells are semicolon-separated, and a number reads the same in any locale.
    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
