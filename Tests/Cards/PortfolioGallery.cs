using CoordinatorBot.Cards.Portfolio;

namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// The secretariat's portfolio for <see cref="CardGallery"/>: at its largest (more communities than the card lists,
/// product names at their limit, every fact filled, the chart and both links) and empty.
/// </summary>
public static class PortfolioGallery
{
    public static IEnumerable<(string, AdaptiveCard)> ForLanguage(Texts t)
    {
        var marks = new StatusMark?[] { StatusMark.OffTrack, StatusMark.AtRisk, null, StatusMark.OnTrack };
        var rows = PortfolioRules.ByRisk(Enumerable.Range(0, PortfolioCard.MaxShown + 4).Select(i => new PortfolioRow(
            $"{i:00} {AtLimit.Text(TextLimits.ProductName - 3)}", marks[i % 4], marks[i % 4] is null ? null : $"S-2026-{i:00}", 240 + i, 98, 12, 40,
            1234.5m, i % 3 == 0 ? null : 2000m, AtLimit.Text(TextLimits.ReleaseVersion),
            i % 2 == 0 ? null : GovernanceLevel.Two, GovernanceLevel.Three)));
        var signature = new string('s', 43);
        var links = new PortfolioLinks(
            new Uri($"https://bot.example/portfolio/chart?person=aad-sara&lang={t.Language.Code()}&expires=1&signature={signature}"),
            new Uri($"https://bot.example/portfolio/csv?person=aad-sara&lang={t.Language.Code()}&expires=1&signature={signature}"),
            new Uri($"https://bot.example/portfolio/json?person=aad-sara&lang={t.Language.Code()}&expires=1&signature={signature}"),
            DateTimeOffset.Parse("2026-11-27T10:15:00Z", CultureInfo.InvariantCulture), TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen"));

        yield return ("portfolio-full", PortfolioCard.Compose(t, rows, links));
        yield return ("portfolio-empty", PortfolioCard.Compose(t, [], links));
    }
}
