namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>A call to a service URL that no authenticated activity brought; nothing was sent.</summary>
public sealed class UntrustedServiceUrlException(string serviceUrl)
    : Exception($"The service URL '{serviceUrl}' did not come from an authenticated activity; no request was sent.");
