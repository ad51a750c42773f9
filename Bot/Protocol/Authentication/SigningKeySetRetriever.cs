using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>Reads an OpenID metadata document, follows its jwks_uri and reads the keys and their endorsements.</summary>
internal sealed class SigningKeySetRetriever : IConfigurationRetriever<SigningKeySet>
{
    public async Task<SigningKeySet> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        var metadata = await retriever.GetDocumentAsync(address, cancel);
        string jwksUri;
        using (var document = JsonDocument.Parse(metadata))
        {
            jwksUri = document.RootElement.GetProperty("jwks_uri").GetString()
                ?? throw new InvalidOperationException($"The metadata at {address} has no jwks_uri.");
        }

        var jwks = await retriever.GetDocumentAsync(jwksUri, cancel);
        var keys = new JsonWebKeySet(jwks) { SkipUnresolvedJsonWebKeys = true }.GetSigningKeys();

        var endorsements = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using (var document = JsonDocument.Parse(jwks))
        {
            foreach (var key in document.RootElement.GetProperty("keys").EnumerateArray())
            {
                if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id &&
                    key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    endorsements[id] = list.EnumerateArray().Select(e => e.GetString()).OfType<string>()
                        .ToHashSet(StringComparer.Ordinal);
                }
            }
        }

        return new SigningKeySet([.. keys], endorsements);
    }
}
