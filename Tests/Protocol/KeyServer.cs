using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Tests.Protocol;

/// <summary>
/// A local OpenID metadata and JWKS server, shaped like login.botframework.com's: each key may list the channels it
/// is endorsed for. Keys can be added while it runs, to test rotation.
/// </summary>
public sealed class KeyServer : IAsyncDisposable
{
    /// <summary>The bot's app id in the tests that sign tokens, and the Entra tenant their Entra-issued tokens come from.</summary>
    public const string AppId = "7d3c2b8e-9b1a-4c55-8f5e-1f2a3b4c5d6e";
    public const string EntraTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    /// <summary>A single-tenant bot with <see cref="AppId"/> that takes its signing keys from this server, for both issuers.</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
        ["MicrosoftAppPassword"] = "not-used-by-these-tests",
        ["Bot:OpenIdMetadataUrl"] = MetadataUrl.ToString(),
        ["Bot:EntraOpenIdMetadataUrl"] = MetadataUrl.ToString(),
    };

    private readonly List<(RsaSecurityKey Key, string[]? Endorsements)> _keys = [];
    private LoopbackServer? _server;

    public int MetadataRequests { get; private set; }

    public Uri MetadataUrl => new(_server!.Address, "/v1/.well-known/openidconfiguration");

    public static async Task<KeyServer> StartAsync()
    {
        var server = new KeyServer();
        server._server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) =>
            {
                server.MetadataRequests++;
                return Results.Json(new JsonObject
                {
                    ["issuer"] = "https://api.botframework.com",
                    ["jwks_uri"] = new Uri(server._server!.Address, "/v1/.well-known/keys").ToString(),
                    ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
                });
            });
            app.MapGet("/v1/.well-known/keys", () => Results.Json(server.Jwks()));
        });
        return server;
    }

    /// <summary>Creates a 2048-bit RSA key and publishes it with these endorsements (null: none).</summary>
    public RsaSecurityKey AddKey(string kid, params string[]? endorsements)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid };
        lock (_keys)
        {
            _keys.Add((key, endorsements));
        }

        return key;
    }

    public static RsaSecurityKey UnpublishedKey(string kid) => new(RSA.Create(2048)) { KeyId = kid };

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private JsonObject Jwks()
    {
        var keys = new JsonArray();
        lock (_keys)
        {
            foreach (var (key, endorsements) in _keys)
            {
                var p = key.Rsa.ExportParameters(false);
                var jwk = new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = key.KeyId,
                    ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                };
                if (endorsements is not null)
                {
                    jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
                }

                keys.Add(jwk);
            }
        }

        return new JsonObject { ["keys"] = keys };
    }
}
