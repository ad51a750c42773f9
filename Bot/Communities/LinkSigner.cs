using System.Security.Cryptography;
using CoordinatorBot.Storage.Tables;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Signed, expiring links to the bot's own downloads (the export, a calendar file, a chart, a person's data):
/// HMAC-SHA256 over a purpose word, the link's values and its expiry, so that a link can be neither turned into another
/// kind of link, nor widened to other values, nor stretched in time. One key for all (Export:SigningKey, else one made
/// once and kept in Table Storage, so that every instance verifies what another signed).
/// </summary>
public sealed class LinkSigner(IOptions<LinkOptions> options, SettingStore settings, IHttpContextAccessor http, TimeProvider time)
{
    private const string KeyName = "export-signing-key";

    // The last second DateTimeOffset can hold: a larger expiry in a link is read as that, never as an overflow.
    private const long MaxUnixSeconds = 253402300799;

    private readonly LinkOptions _options = options.Value;

    public TimeSpan LinkLifetime => _options.LinkLifetime;

    /// <summary>A link to <paramref name="path"/> with the values as its query, signed for <paramref name="purpose"/>.</summary>
    public async Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(string path, string purpose, IReadOnlyList<(string Name, string Value)> values,
        TimeSpan lifetime, CancellationToken cancellationToken)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds((time.GetUtcNow() + lifetime).ToUnixTimeSeconds());
        var unix = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Base64UrlEncoder.Encode(await SignAsync(purpose, [.. values.Select(v => v.Value)], unix, cancellationToken));
        var query = string.Join('&', values.Select(v => $"{v.Name}={Uri.EscapeDataString(v.Value)}").Append($"expires={unix}").Append($"signature={signature}"));
        return (new Uri(BaseUrl(), $"{path}?{query}"), expires);
    }

    /// <summary>True when this bot signed exactly these values for this purpose and the link has not expired.</summary>
    public async Task<bool> VerifyAsync(string purpose, IReadOnlyList<string?> values, string? expires, string? signature,
        CancellationToken cancellationToken)
    {
        if (values.Any(string.IsNullOrEmpty) || signature is null ||
            !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) ||
            DateTimeOffset.FromUnixTimeSeconds(Math.Min(unix, MaxUnixSeconds)) <= time.GetUtcNow())
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

        var expected = await SignAsync(purpose, [.. values.Select(v => v!)], expires!, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private async Task<byte[]> SignAsync(string purpose, IReadOnlyList<string> values, string expires, CancellationToken cancellationToken)
    {
        var key = _options.SigningKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : Convert.FromBase64String(await settings.GetOrCreateAsync(KeyName,
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(string.Join('\n', [purpose, .. values, expires])));
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
