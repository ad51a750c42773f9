using System.Net;

namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>The connector refused a call. <see cref="SubCode"/> is e.g. "MessageWritesBlocked" on a 403.</summary>
public sealed class ConnectorException(HttpStatusCode statusCode, string? code, string? subCode, string message)
    : Exception(message)
{
    public HttpStatusCode StatusCode { get; } = statusCode;
    public string? Code { get; } = code;
    public string? SubCode { get; } = subCode;
}
