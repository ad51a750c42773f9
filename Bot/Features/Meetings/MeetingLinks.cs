using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Storage.Tables;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Bot.Features.Meetings;

/// <summary>
/// Signed, time-limited links to one meeting's calendar file: HMAC-SHA256 over a purpose word, the community, the
/// meeting, the language and the expiry, so that a link opens neither another meeting nor, later, the same one. The key
/// is the download links' key (Export:SigningKey, else the one kept in Table Storage); the purpose word keeps a
/// signature of one kind of link from passing as another.
/// </summary>
public sealed class MeetingLinks(IOptions<MeetingLinkOptions> options, SettingStore settings, IHttpContextAccessor http, TimeProvider time)
{
    public const string Path = "/meetings/ics";
    private const string KeyName = "export-signing-key";
    private const string Purpose = "meeting-ics";
    private readonly MeetingLinkOptions _options = options.Value;

    public async Task<(Uri Link, DateTimeOffset Expires)> CreateAsync(string communityId, string meetingId, Language language,
        CancellationToken cancellationToken)
    {
        var expires = DateTimeOffset.FromUnixTimeSeconds((time.GetUtcNow() + _options.LinkLifetime).ToUnixTimeSeconds());
        var unix = expires.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var lang = language.Code();
        var signature = Base64UrlEncoder.Encode(await SignAsync(communityId, meetingId, lang, unix, cancellationToken));
        var query = $"?community={Uri.EscapeDataString(communityId)}&meeting={Uri.EscapeDataString(meetingId)}&lang={lang}&expires={unix}&signature={signature}";
        return (new Uri(BaseUrl(), Path + query), expires);
    }

    /// <summary>True when the link was made by this bot for this meeting and language, and has not expired.</summary>
    public async Task<bool> VerifyAsync(string? communityId, string? meetingId, string? lang, string? expires, string? signature,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(communityId) || string.IsNullOrEmpty(meetingId) || lang is not ("da" or "en") || signature is null ||
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

        var expected = await SignAsync(communityId, meetingId, lang, expires!, cancellationToken);
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }

    private async Task<byte[]> SignAsync(string communityId, string meetingId, string lang, string expires, CancellationToken cancellationToken)
    {
        var key = _options.SigningKey is { Length: > 0 } configured
            ? Convert.FromBase64String(configured)
            : Convert.FromBase64String(await settings.GetOrCreateAsync(KeyName,
                () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), cancellationToken));
        return HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{Purpose}\n{communityId}\n{meetingId}\n{lang}\n{expires}"));
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
