namespace CoordinatorBot.Bot.Features.Surveys;

/// <summary>Signed, expiring links to a survey question's chart and to a survey's CSV, in one language.</summary>
public sealed class SurveyLinks(LinkSigner signer, IOptions<SurveyOptions> options)
{
    public const string ChartPath = "/surveys/chart";
    public const string CsvPath = "/surveys/csv";
    private const string ChartPurpose = "survey-chart";
    private const string CsvPurpose = "survey-csv";

    public async Task<Uri> ChartAsync(string communityId, int survey, int question, Language language, CancellationToken cancellationToken) =>
        (await signer.CreateAsync(ChartPath, ChartPurpose,
            [("community", communityId), ("survey", N(survey)), ("question", N(question)), ("lang", language.Code())],
            options.Value.ChartLinkLifetime, cancellationToken)).Link;

    /// <summary>The CSV link lasts as long as the other downloads (15 minutes): it holds the answers themselves.</summary>
    public async Task<Uri> CsvAsync(string communityId, int survey, Language language, CancellationToken cancellationToken) =>
        (await signer.CreateAsync(CsvPath, CsvPurpose, [("community", communityId), ("survey", N(survey)), ("lang", language.Code())],
            signer.LinkLifetime, cancellationToken)).Link;

    public Task<bool> VerifyChartAsync(string? community, string? survey, string? question, string? lang, string? expires, string? signature,
        CancellationToken cancellationToken) =>
        signer.VerifyAsync(ChartPurpose, [community, survey, question, lang], expires, signature, cancellationToken);

    public Task<bool> VerifyCsvAsync(string? community, string? survey, string? lang, string? expires, string? signature, CancellationToken cancellationToken) =>
        signer.VerifyAsync(CsvPurpose, [community, survey, lang], expires, signature, cancellationToken);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
