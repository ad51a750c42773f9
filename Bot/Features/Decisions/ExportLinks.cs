using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Storage.Tables;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Bot.Features.Decisions;

/// <summary>
/// Signed, time-limited download links for one community's decision log: HMAC-SHA256 over the community, the language
/// and the expiry, so that a link can be neither widened to another community nor stretched in time.
/// </summary>
public sealed class ExportLinks(IOptions<ExportOptions> options, SettingStore settings, IHttpContextAccessor http, TimeProvider time)
{
    public const string Path = "/export/decisions";
    private const string KeyName = "export-signing-key";
    private readonly ExportOptions _options = options.Value;

    public async Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(string communityId, Language language, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow() + _options.LinkLifetime;
        var unix = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var lang = language.Code();
        var signature = Base64UrlEncoder.Encode(await SignAsync(communityId, lang, unix, cancellationToken));
        var query = $"?community={Uri.EscapeDataString(communityId)}&lang={lang}&expires={unix}&signature={signature}";
        return (new Uri(BaseUrl(), Path + query), DateTimeOffset.FromUnixTimeSeconds(long.Parse(unix, CultureInfo.InvariantCulture)));
    }

    /// <summary>True when the link was made by this bot, for this community and language, and has not expired.</summary>
    public async Task<bool> VerifyAsync(string? communityId, string? lang, string? expires, string? signature, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(communityId) || lang is not ("da" or "en") || signature is null ||
            !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) ||
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

        var expected = await SignAsync(communityId, lang, expires!, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private async Task<byte[]> SignAsync(string communityId, string lang, string expires, CancellationToken cancellationToken)
    {
        var key = _options.SigningKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : Convert.FromBase64String(await settings.GetOrCreateAsync(KeyName,
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{communityId}\n{lang}\n{expires}"));
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
