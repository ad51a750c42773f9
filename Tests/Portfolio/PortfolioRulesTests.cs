using CoordinatorBot.Cards.Portfolio;

namespace CoordinatorBot.Tests.Portfolio;

/// <summary>The portfolio's order, the governance level a checklist reaches, and its CSV's safety, without I/O.</summary>
[Trait("Category", "Unit")]
public sealed class PortfolioRulesTests
{
    private static PortfolioRow Row(string product, StatusMark? mark) => new(product, mark, mark is null ? null : "S-2026-01", 1, 0, 0, 0, 0, null, null);

    [Fact]
    public void Off_track_comes_first_then_at_risk_then_no_report_then_on_track()
    {
        var rows = PortfolioRules.ByRisk([Row("A", StatusMark.OnTrack), Row("B", null), Row("C", StatusMark.AtRisk), Row("D", StatusMark.OffTrack)]);

        Assert.Equal(["D", "C", "B", "A"], rows.Select(r => r.Product));
    }

    [Fact]
    public void A_level_is_reached_when_its_items_and_those_below_are_met_or_not_relevant()
    {
        var at = DateTimeOffset.UnixEpoch;
        var report = GovernanceReport.Empty;
        Assert.Null(report.ReachedLevel());

        foreach (var item in GovernanceChecklist.Items.Where(i => i.Level <= GovernanceLevel.One))
        {
            report = report.With(new GovernanceEntry(item.Id, item.Id == "G1" ? GovernanceMark.NotRelevant : GovernanceMark.Met, null, "K", at));
        }

        Assert.Equal(GovernanceLevel.One, report.ReachedLevel());
        var one = GovernanceChecklist.Items.First(i => i.Level == GovernanceLevel.Sandbox);
        Assert.Null(report.With(new GovernanceEntry(one.Id, GovernanceMark.NotMet, null, "K", at)).ReachedLevel());
    }

    [Fact]
    public void The_csv_has_a_bom_and_a_product_that_looks_like_a_formula_is_neutralised()
    {
        var csv = PortfolioCsv.Write(new Texts(Language.English), [Row("=HYPERLINK(\"http://x\")", StatusMark.OffTrack) with { CommittedHours = 7.5m }]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var lines = Encoding.UTF8.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Product;", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("\"'=HYPERLINK(\"\"http://x\"\")\";Not on track;S-2026-01;", lines[1], StringComparison.Ordinal);
        Assert.Contains(";7.5;", lines[1], StringComparison.Ordinal);
    }
}
