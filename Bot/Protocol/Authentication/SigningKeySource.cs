using Microsoft.IdentityModel.Protocols;

namespace CoordinatorBot.Bot.Protocol.Authentication;

/// <summary>
/// The cached keys of one metadata address. IdentityModel's ConfigurationManager refreshes them every 12 hours and
/// at most every 5 minutes on request (an unknown key id).
/// </summary>
public sealed class SigningKeySource
{
    private readonly ConfigurationManager<SigningKeySet> _manager;

    public SigningKeySource(Uri metadataAddress, HttpClient httpClient)
    {
        // Plain http is allowed only for a metadata server on this machine (tests and local tools).
        var retriever = new HttpDocumentRetriever(httpClient) { RequireHttps = !metadataAddress.IsLoopback };
        _manager = new ConfigurationManager<SigningKeySet>(metadataAddress.ToString(), new SigningKeySetRetriever(), retriever);
    }

    public Task<SigningKeySet> GetAsync(CancellationToken cancellationToken) => _manager.GetConfigurationAsync(cancellationToken);

    public void RequestRefresh() => _manager.RequestRefresh();
}
