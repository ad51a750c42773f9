using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Tests.Protocol;

/// <summary>Mints tokens like the Bot Connector's, and the forgeries an attacker would try.</summary>
public static class TokenFactory
{
    public const string Issuer = "https://api.botframework.com";

    public static string Create(SecurityKey key, string audience, string? serviceUrl, DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null, string issuer = Issuer, string algorithm = SecurityAlgorithms.RsaSha256,
        IDictionary<string, object>? extraClaims = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new Dictionary<string, object>(extraClaims ?? new Dictionary<string, object>());
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var handler = new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false };
        return handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            NotBefore = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (expires ?? now.AddMinutes(30)).UtcDateTime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    /// <summary>An unsigned token ("alg": "none") with the right claims.</summary>
    public static string Unsigned(string audience, string serviceUrl, string kid)
    {
        var header = new JsonObject { ["alg"] = "none", ["typ"] = "JWT", ["kid"] = kid };
        return $"{Encode(header)}.{Encode(Payload(audience, serviceUrl))}.";
    }

    /// <summary>The classic confusion attack: HS256 with the RSA public key as the shared secret.</summary>
    public static string HmacWithPublicKey(RsaSecurityKey key, string audience, string serviceUrl)
    {
        var header = new JsonObject { ["alg"] = "HS256", ["typ"] = "JWT", ["kid"] = key.KeyId };
        var unsigned = $"{Encode(header)}.{Encode(Payload(audience, serviceUrl))}";
        var secret = Encoding.UTF8.GetBytes(key.Rsa.ExportSubjectPublicKeyInfoPem());
        var signature = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(unsigned));
        return $"{unsigned}.{Base64UrlEncoder.Encode(signature)}";
    }

    private static JsonObject Payload(string audience, string serviceUrl)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new JsonObject
        {
            ["iss"] = Issuer, ["aud"] = audience, ["serviceurl"] = serviceUrl,
            ["nbf"] = now - 60, ["iat"] = now - 60, ["exp"] = now + 1800,
        };
    }

    private static string Encode(JsonObject json) => Base64UrlEncoder.Encode(json.ToJsonString());
}
