using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Status;
using CoordinatorBot.Storage.Tables;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Bot.Features.Status;

/// <summary>
/// Signed, expiring links to a report's charts: HMAC-SHA256 over the community, the report ("draft" or its number),
/// the chart, the language and the expiry, so that a link opens neither another community's report nor another chart,
/// and stops working when it expires.
/// </summary>
public sealed class ChartLinks(IOptions<StatusOptions> options, SettingStore settings, IHttpContextAccessor http, TimeProvider time)
{
    public const string Path = "/status/chart";
    public const string Draft = "draft";

    // The key the export's links are signed with: one secret for every link the bot signs; the signed text differs.
    private const string KeyName = "export-signing-key";
    private readonly StatusOptions _options = options.Value;

    public async Task<Uri> CreateAsync(string communityId, string report, StatusChart chart, Language language, CancellationToken cancellationToken)
    {
        var unix = (time.GetUtcNow() + _options.ChartLinkLifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var lang = language.Code();
        var signature = Base64UrlEncoder.Encode(await SignAsync(communityId, report, chart.ToString(), lang, unix, cancellationToken));
        var query = $"?community={Uri.EscapeDataString(communityId)}&report={Uri.EscapeDataString(report)}&chart={chart}&lang={lang}&expires={unix}&signature={signature}";
        return new Uri(BaseUrl(), Path + query);
    }

    /// <summary>True when the link was made by this bot for exactly these values and has not expired.</summary>
    public async Task<bool> VerifyAsync(string? communityId, string? report, string? chart, string? lang, string? expires, string? signature,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(communityId) || string.IsNullOrEmpty(report) || string.IsNullOrEmpty(chart) || lang is not ("da" or "en") ||
            signature is null || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) ||
            DateTimeOffset.FromUnixTimeSeconds(Math.Min(unix, 253402300799)) <= time.GetUtcNow())
        {
            return false;
        }

        byte[] given;
        try
        {
            given = Base64UrlEncoder.DecodeBytes(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = await SignAsync(communityId, report, chart, lang, expires!, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private async Task<byte[]> SignAsync(string communityId, string report, string chart, string lang, string expires, CancellationToken cancellationToken)
    {
        var key = _options.SigningKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : Convert.FromBase64String(await settings.GetOrCreateAsync(KeyName,
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"chart\n{communityId}\n{report}\n{chart}\n{lang}\n{expires}"));
    }

    private Uri BaseUrl()
    {
        if (_options.PublicBaseUrl is { } configured)
        {
            return configured;
        }

        var request = http.HttpContext?.Request ?? throw new InvalidOperationException("Set Export:PublicBaseUrl.");
        return new Uri($"{request.Scheme}://{request.Host}");
    }
}
