using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Storage.Tables;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Bot.Features.People;

/// <summary>
/// Signed, time-limited links to one person's data: HMAC-SHA256 over a purpose word, the person's object id, the
/// language and the expiry, with the export links' key; so a link opens neither another person's data nor, later, the
/// same. The purpose word keeps another kind of link's signature from passing as this one.
/// </summary>
public sealed class PersonalDataLinks(IOptions<PersonalDataLinkOptions> options, SettingStore settings, IHttpContextAccessor http,
    TimeProvider time)
{
    public const string Path = "/people/data";
    private const string KeyName = "export-signing-key";
    private const string Purpose = "my-data";
    private readonly PersonalDataLinkOptions _options = options.Value;

    public async Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(string aadObjectId, Language language, CancellationToken cancellationToken)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds((time.GetUtcNow() + _options.LinkLifetime).ToUnixTimeSeconds());
        var unix = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var lang = language.Code();
        var signature = Base64UrlEncoder.Encode(await SignAsync(aadObjectId, lang, unix, cancellationToken));
        var query = $"?person={Uri.EscapeDataString(aadObjectId)}&lang={lang}&expires={unix}&signature={signature}";
        return (new Uri(BaseUrl(), Path + query), expires);
    }

    /// <summary>True when this bot made the link for this person and language, and it has not expired.</summary>
    public async Task<bool> VerifyAsync(string? aadObjectId, string? lang, string? expires, string? signature, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(aadObjectId) || lang is not ("da" or "en") || signature is null ||
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

        var expected = await SignAsync(aadObjectId, lang, expires!, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private async Task<byte[]> SignAsync(string aadObjectId, string lang, string expires, CancellationToken cancellationToken)
    {
        var key = _options.SigningKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : Convert.FromBase64String(await settings.GetOrCreateAsync(KeyName,
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Purpose}\n{aadObjectId}\n{lang}\n{expires}"));
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
