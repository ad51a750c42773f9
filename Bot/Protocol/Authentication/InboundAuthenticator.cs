using System.Net;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>
/// Authenticates a request to /api/messages as PROTOCOL.md §1 describes: a Bot Connector token (issuer, audience =
/// app id, lifetime with 5 minutes' skew, RS256/384/512 signature from the published keys, the key endorsed for the
/// activity's channel, the serviceurl claim equal to the activity's serviceUrl) or an Entra-issued token whose caller is
/// the bot itself (§1.3: <c>azp</c> for ver 2.0, <c>appid</c> for ver 1.0 or none). Any app registration of a tenant can
/// get an Entra token for the bot's audience, so the audience alone proves nothing about who is calling.
/// </summary>
public sealed class InboundAuthenticator(IOptions<BotOptions> options, BotKeySources keySources, TimeProvider time)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public const string ServiceUrlClaim = "serviceurl";

    private static readonly string[] Algorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions _options = options.Value;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorization, Activity activity, IPAddress? caller,
        CancellationToken cancellationToken)
    {
        if (_options.IsAnonymous)
        {
            // Only reachable in Development (start-up refuses otherwise), and only for callers on this machine.
            return caller is not null && IPAddress.IsLoopback(caller)
                ? AuthenticationOutcome.Anonymous(IsLoopbackUrl(activity.ServiceUrl))
                : AuthenticationOutcome.Fail("no app id is configured and the caller is not on loopback");
        }

        if (ReadBearer(authorization) is not { } token)
        {
            return AuthenticationOutcome.Fail("missing or malformed Authorization header");
        }

        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Fail("the token is not a JWT");
        }

        var appId = _options.MicrosoftAppId!;
        if (jwt.Issuer == _options.TokenIssuer)
        {
            return await ValidateAsync(token, jwt, activity, keySources.BotConnector, [_options.TokenIssuer], [appId],
                isBotConnector: true, cancellationToken);
        }

        if (_options.EntraIssuers().Contains(jwt.Issuer, StringComparer.Ordinal))
        {
            return await ValidateAsync(token, jwt, activity, keySources.Entra, [jwt.Issuer], [appId, $"api://{appId}"],
                isBotConnector: false, cancellationToken);
        }

        return AuthenticationOutcome.Fail($"issuer '{jwt.Issuer}' is not accepted");
    }

    private async Task<AuthenticationOutcome> ValidateAsync(string token, JsonWebToken jwt, Activity activity,
        SigningKeySource source, string[] issuers, string[] audiences, bool isBotConnector, CancellationToken cancellationToken)
    {
        var keys = await source.GetAsync(cancellationToken);
        if (!string.IsNullOrEmpty(jwt.Kid) && !keys.Keys.Any(k => k.KeyId == jwt.Kid))
        {
            // Keys rotate: look once more (at most every 5 minutes).
            keys = await source.RefreshAsync(cancellationToken);
        }

        var result = await _handler.ValidateTokenAsync(token, Parameters(keys, issuers, audiences));
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Fail($"token rejected: {result.Exception?.GetType().Name}");
        }

        var claims = result.ClaimsIdentity;
        if (isBotConnector && !IsEndorsed(keys, jwt.Kid, activity.ChannelId))
        {
            return AuthenticationOutcome.Fail($"key '{jwt.Kid}' is not endorsed for channel '{activity.ChannelId}'");
        }

        var serviceUrl = claims.FindFirst(ServiceUrlClaim)?.Value;
        if ((isBotConnector || serviceUrl is not null) &&
            !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail("the serviceurl claim does not match the activity's serviceUrl");
        }

        if (!isBotConnector && !TenantMatchesIssuer(claims, jwt.Issuer))
        {
            return AuthenticationOutcome.Fail("the tid claim does not match the issuer");
        }

        if (!isBotConnector && CallerOf(claims) is var caller &&
            !string.Equals(caller, _options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail($"the Entra token's caller '{caller}' is not the bot");
        }

        // Only the Bot Connector names the service URL in its token; an Entra token leaves it to the activity.
        return AuthenticationOutcome.Success(claims, serviceUrlVouched: isBotConnector);
    }

    private TokenValidationParameters Parameters(SigningKeySet keys, string[] issuers, string[] audiences) => new()
    {
        ValidIssuers = issuers,
        ValidAudiences = audiences,
        IssuerSigningKeys = keys.Keys,
        ValidAlgorithms = Algorithms,
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        TryAllIssuerSigningKeys = false,
        LifetimeValidator = ValidateLifetime,
    };

    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + ClockSkew &&
               (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - ClockSkew);
    }

    private static bool IsEndorsed(SigningKeySet keys, string? kid, string? channelId)
    {
        if (kid is null || !keys.Endorsements.TryGetValue(kid, out var channels) || channels.Count == 0)
        {
            return false;
        }

        return string.IsNullOrEmpty(channelId) || channels.Contains(channelId);
    }

    /// <summary>The app that asked for the token: azp in a v2.0 token, appid in v1.0 (or no ver); null for any other ver.</summary>
    private static string? CallerOf(ClaimsIdentity claims) => claims.FindFirst("ver")?.Value switch
    {
        "2.0" => claims.FindFirst("azp")?.Value,
        null or "1.0" => claims.FindFirst("appid")?.Value,
        _ => null,
    };

    private static bool IsLoopbackUrl(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && uri.IsLoopback;

    private static bool TenantMatchesIssuer(ClaimsIdentity claims, string issuer) =>
        claims.FindFirst("tid")?.Value is { Length: > 0 } tid && issuer.Contains($"/{tid}/", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Bearer &lt;token&gt;": exactly two parts, the scheme spelled as the Bot Framework does.</summary>
    private static string? ReadBearer(string? header)
    {
        var parts = header?.Split(' ');
        return parts is ["Bearer", { Length: > 0 } token] ? token : null;
    }
}
