using CoordinatorBot.Cards.Portfolio;

namespace CoordinatorBot.Bot.Features.Portfolio;

/// <summary>
/// The portfolio's downloads behind signed links made for one person (<see cref="Csv"/>, <see cref="Json"/>,
/// <see cref="Chart"/>): the link names the person, the signature binds it, and the figures are read when it is opened,
/// for that person, so a link works only while they hold the secretariat role and shows only the communities that
/// grant access then. A link whose person holds the role no more finds nothing (404).
/// </summary>
public sealed class PortfolioFiles(PortfolioFigures figures, TimeProvider time)
{
    public static readonly SignedDownload Csv = new("/portfolio/csv", "portfolio-csv", "person", "text/csv; charset=utf-8");
    public static readonly SignedDownload Json = new("/portfolio/json", "portfolio-json", "person", "application/json; charset=utf-8");
    public static readonly SignedDownload Chart = new("/portfolio/chart", "portfolio-chart", "person", "image/png");

    /// <summary>
    /// The chart is fetched by Teams whenever the card is shown, so it lives longer than a download; it shows only the
    /// hours the card states in words, and still only while the person holds the role.
    /// </summary>
    public static readonly TimeSpan ChartLifetime = TimeSpan.FromDays(1);

    public async Task<(byte[] Content, string FileName)?> CsvAsync(string person, Language language, CancellationToken cancellationToken) =>
        await figures.ForAsync(person, cancellationToken) is { } rows
            ? (PortfolioCsv.Write(new Texts(language), rows), $"{FileName(language)}.csv")
            : null;

    public async Task<(byte[] Content, string FileName)?> JsonAsync(string person, Language language, CancellationToken cancellationToken) =>
        await figures.ForAsync(person, cancellationToken) is { } rows
            ? (PortfolioJson.Write(rows, time.GetUtcNow()), $"{FileName(language)}.json")
            : null;

    public async Task<(byte[] Content, string FileName)?> ChartAsync(string person, Language language, CancellationToken cancellationToken) =>
        await figures.ForAsync(person, cancellationToken) is { } rows
            ? (PortfolioChartRenderer.Render(new Texts(language), rows), $"{FileName(language)}.png")
            : null;

    private string FileName(Language language) => $"{new Texts(language).PortfolioFileName}-{time.GetUtcNow():yyyy-MM-dd}";
}
