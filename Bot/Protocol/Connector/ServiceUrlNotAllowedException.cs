namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>A call to a service URL off the allow-list (<c>Bot:ServiceUrlHosts</c>); nothing was sent.</summary>
public sealed class ServiceUrlNotAllowedException(string? serviceUrl, string reason)
    : Exception($"The service URL '{serviceUrl}' may not be called ({reason}); no request was sent.");
