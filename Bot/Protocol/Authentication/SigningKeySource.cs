using Microsoft.IdentityModel.Protocols;

namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>
/// The cached keys of one metadata address: read on first use, again every 12 hours, and on an unknown key id
/// (keys rotate) at most once every 5 minutes — the first such request is never held back. When a refresh fails,
/// the last keys read stay in use.
/// </summary>
public sealed class SigningKeySource(Uri metadataAddress, HttpClient httpClient, TimeProvider time)
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(12);
    public static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromMinutes(5);

    // Plain http is allowed only for a metadata server on this machine (tests and local tools).
    private readonly HttpDocumentRetriever _documents = new(httpClient) { RequireHttps = !metadataAddress.IsLoopback };
    private readonly SigningKeySetRetriever _retriever = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SigningKeySet? _keys;
    private DateTimeOffset _readAt;
    private DateTimeOffset? _lastRequestedRefresh;

    public async Task<SigningKeySet> GetAsync(CancellationToken cancellationToken)
    {
        var keys = _keys;
        if (keys is not null && time.GetUtcNow() - _readAt < AutomaticRefreshInterval)
        {
            return keys;
        }

        return await ReadAsync(force: false, cancellationToken);
    }

    /// <summary>Reads the keys again for an unknown key id, unless that was done less than 5 minutes ago.</summary>
    public async Task<SigningKeySet> RefreshAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_lastRequestedRefresh is { } last && now - last < MinimumRefreshInterval)
        {
            return await GetAsync(cancellationToken);
        }

        _lastRequestedRefresh = now;
        return await ReadAsync(force: true, cancellationToken);
    }

    private async Task<SigningKeySet> ReadAsync(bool force, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!force && _keys is not null && time.GetUtcNow() - _readAt < AutomaticRefreshInterval)
            {
                return _keys;
            }

            try
            {
                _keys = await _retriever.GetConfigurationAsync(metadataAddress.ToString(), _documents, cancellationToken);
                _readAt = time.GetUtcNow();
            }
            catch (Exception) when (_keys is not null && !cancellationToken.IsCancellationRequested)
            {
                // Keep the last known keys; try again at the next automatic refresh.
                _readAt = time.GetUtcNow() - AutomaticRefreshInterval + MinimumRefreshInterval;
            }

            return _keys;
        }
        finally
        {
            _gate.Release();
        }
    }
}
