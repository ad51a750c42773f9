namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>Signed, expiring links to a survey question's chart and to a survey's CSV, in one language (opened through <see cref="SurveyFiles"/>).</summary>
public sealed class SurveyLinks(LinkSigner signer, IOptions<SurveyOptions> options)
{
    public static readonly SignedDownload Chart = new("/surveys/chart", "survey-chart", ["community", "survey", "question"], "image/png");
    public static readonly SignedDownload Csv = new("/surveys/csv", "survey-csv", ["community", "survey"], "text/csv; charset=utf-8");

    public async Task<Uri> ChartAsync(string communityId, int survey, int question, Language language, CancellationToken cancellationToken) =>
        (await Chart.CreateAsync(signer, [communityId, N(survey), N(question)], language, cancellationToken, options.Value.ChartLinkLifetime)).Link;

    /// <summary>The CSV link lasts as long as the other downloads (15 minutes): it holds the answers themselves.</summary>
    public async Task<Uri> CsvAsync(string communityId, int survey, Language language, CancellationToken cancellationToken) =>
        (await Csv.CreateAsync(signer, [communityId, N(survey)], language, cancellationToken)).Link;

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
