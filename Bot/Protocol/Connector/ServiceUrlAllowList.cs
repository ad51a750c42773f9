namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>
/// The hosts the connector client may call and give the bot's token to (<c>Bot:ServiceUrlHosts</c>). Only https on
/// the default port; an entry is an exact host ("smba.trafficmanager.net") or "*." and a domain for its subdomains.
/// Loopback (http too, any port) only when <paramref name="allowLoopback"/> is set, i.e. in Development, where the
/// Playground's connector runs on this machine. The rule holds whatever the URL came from: an activity or storage.
/// </summary>
public sealed class ServiceUrlAllowList(IEnumerable<string> hosts, bool allowLoopback)
{
    /// <summary>
    /// Teams' public service (smba.trafficmanager.net, exact: trafficmanager.net is shared by every Azure customer),
    /// the Bot Framework's hosts, and the government clouds (GCC under teams.microsoft.com; GCC High and DoD under
    /// teams.microsoft.us) — PROTOCOL.md §2.3.
    /// </summary>
    public static IReadOnlyList<string> DefaultHosts { get; } =
        ["smba.trafficmanager.net", "*.botframework.com", "*.teams.microsoft.com", "*.teams.microsoft.us"];

    private readonly string[] _exact = [.. hosts.Where(h => !h.StartsWith("*.", StringComparison.Ordinal)).Select(Normalize)];
    private readonly string[] _suffixes = [.. hosts.Where(h => h.StartsWith("*.", StringComparison.Ordinal)).Select(h => Normalize(h[1..]))];

    /// <summary>True when a host entry is usable: a DNS name, or "*." and a domain of at least two labels.</summary>
    public static bool IsValidEntry(string? entry)
    {
        if (string.IsNullOrWhiteSpace(entry))
        {
            return false;
        }

        var wildcard = entry.StartsWith("*.", StringComparison.Ordinal);
        var host = wildcard ? entry[2..] : entry;
        return Uri.CheckHostName(host) == UriHostNameType.Dns && (!wildcard || host.Contains('.', StringComparison.Ordinal));
    }

    public bool IsAllowed(string? serviceUrl) => Refusal(serviceUrl) is null;

    /// <summary>Throws, before anything is sent, when the URL is not one the bot may call.</summary>
    public Uri EnsureAllowed(string? serviceUrl)
    {
        if (Refusal(serviceUrl) is { } reason)
        {
            throw new ServiceUrlNotAllowedException(serviceUrl, reason);
        }

        return new Uri(serviceUrl!, UriKind.Absolute);
    }

    /// <summary>Why the URL may not be called; null when it may.</summary>
    public string? Refusal(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            return "it is not an absolute http(s) URL";
        }

        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "it carries user information";
        }

        if (uri.IsLoopback)
        {
            return allowLoopback ? null : "loopback addresses are allowed only in the Development environment";
        }

        if (uri.Scheme != Uri.UriSchemeHttps || !uri.IsDefaultPort)
        {
            return "only https on the default port is allowed";
        }

        var host = Normalize(uri.IdnHost);
        return _exact.Contains(host, StringComparer.Ordinal) ||
               _suffixes.Any(s => host.EndsWith(s, StringComparison.Ordinal) && host.Length > s.Length)
            ? null
            : $"the host '{uri.Host}' is not on Bot:ServiceUrlHosts";
    }

    private static string Normalize(string host) => host.Trim().ToLowerInvariant();
}
