using Azure.Core;

namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>
/// The bot's token for the Bot Connector (scope https://api.botframework.com/.default), from a client secret or a
/// user-assigned managed identity. A token is reused until five minutes before it expires; one refresh at a time.
/// </summary>
public sealed class ConnectorTokenSource(TokenCredential? credential, TimeProvider time) : IDisposable
{
    public const string Scope = "https://api.botframework.com/.default";
    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private AccessToken? _cached;

    /// <summary>False when the bot runs without an app id (local development): requests then carry no token.</summary>
    public bool HasCredential => credential is not null;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (credential is null)
        {
            return null;
        }

        if (Fresh(_cached) is { } token)
        {
            return token;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            if (Fresh(_cached) is { } raced)
            {
                return raced;
            }

            _cached = await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            return _cached.Value.Token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private string? Fresh(AccessToken? token) =>
        token is { } t && t.ExpiresOn - RenewBefore > time.GetUtcNow() ? t.Token : null;
}
