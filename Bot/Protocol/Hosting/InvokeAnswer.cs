using CoordinatorBot.Bot.Protocol.Schema;

namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>
/// An invoke's answer as the HTTP response: its status and its body as JSON, written whole with its length rather than
/// streamed in chunks (a card is a few kilobytes; one write, and the caller reads no chunk framing).
/// </summary>
internal sealed class InvokeAnswer(InvokeResponse response) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var body = ProtocolJson.Write(response.Body);
        var http = httpContext.Response;
        http.StatusCode = response.Status;
        http.ContentType = ProtocolJson.MediaType;
        http.ContentLength = body.Length;
        return http.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
    }
}
