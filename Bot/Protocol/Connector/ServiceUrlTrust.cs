using System.Collections.Concurrent;

namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>
/// The service URLs that arrived in authenticated activities. The connector client sends a token to no other address,
/// so a forged serviceUrl cannot make the bot hand out its token.
/// </summary>
public sealed class ServiceUrlTrust
{
    private readonly ConcurrentDictionary<string, byte> _trusted = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Called for an authenticated activity's serviceUrl, or one read back from storage that was saved from one.</summary>
    public void Trust(string serviceUrl) => _trusted.TryAdd(Normalize(serviceUrl), 0);

    public bool IsTrusted(string serviceUrl) => _trusted.ContainsKey(Normalize(serviceUrl));

    private static string Normalize(string serviceUrl) => serviceUrl.Trim().TrimEnd('/');
}
