using System.Net.Http.Headers;
using Polly.Timeout;

namespace CoordinatorBot.Bot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (PROTOCOL.md §2.2), relative to a conversation's service URL. Only service URLs on the
/// allow-list (<see cref="ServiceUrlAllowList"/>) are called, checked here before the token is even fetched, so no caller
/// can make the bot send its token anywhere else.
/// </summary>
public sealed class ConnectorClient(IHttpClientFactory httpClients, ConnectorTokenSource tokens, ServiceUrlAllowList allowList)
{
    public const string HttpClientName = "bot-connector";

    public const int MinPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>POST v3/conversations/{id}/activities: a new message in the conversation.</summary>
    public async Task<string?> SendAsync(string serviceUrl, string conversationId, Activity activity,
        CancellationToken cancellationToken)
    {
        var response = await CallAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);
        return response?.Id;
    }

    /// <summary>POST v3/conversations/{id}/activities/{replyToId}: a reply to an activity.</summary>
    public async Task<string?> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity,
        CancellationToken cancellationToken)
    {
        var response = await CallAsync<ResourceResponse>(HttpMethod.Post, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(replyToId)}",
            activity with { ReplyToId = replyToId }, cancellationToken);
        return response?.Id;
    }

    /// <summary>PUT v3/conversations/{id}/activities/{activityId}: replaces a message the bot sent, for everyone.</summary>
    public Task UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity,
        CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Put, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}",
            activity with { Id = activityId, Type = activity.Type ?? ActivityTypes.Message }, cancellationToken);

    /// <summary>DELETE v3/conversations/{id}/activities/{activityId}.</summary>
    public Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        CallAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl,
            $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", null, cancellationToken);

    /// <summary>POST v3/conversations: opens (or finds) the 1:1 chat with a person, for a proactive message.</summary>
    public async Task<ConversationResourceResponse> CreatePersonalConversationAsync(string serviceUrl, string botId,
        string userId, string tenantId, CancellationToken cancellationToken)
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = botId },
            Members = [new ChannelAccount { Id = userId }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        };
        return await CallAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters,
            cancellationToken) ?? throw new JsonException("The connector returned no conversation.");
    }

    /// <summary>GET v3/conversations/{id}/pagedmembers: one page of the roster (50 to 500 a page).</summary>
    public async Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize,
        string? continuationToken, CancellationToken cancellationToken)
    {
        var size = Math.Clamp(pageSize, MinPageSize, MaxPageSize);
        var path = $"v3/conversations/{Escape(conversationId)}/pagedmembers?pageSize={size}";
        if (!string.IsNullOrEmpty(continuationToken))
        {
            path += $"&continuationToken={Uri.EscapeDataString(continuationToken)}";
        }

        return await CallAsync<PagedMembersResult>(HttpMethod.Get, serviceUrl, path, null, cancellationToken) ?? new PagedMembersResult(null, []);
    }

    /// <summary>
    /// GET v3/conversations/{id}/members: everyone in a conversation at once. For a shared or private channel, its id
    /// gives the channel's own roster (its direct members, of any tenant, and those of the teams it is shared with, each
    /// with their tenant and membership sources); a team's id would give the host team's people instead.
    /// </summary>
    public async Task<IReadOnlyList<TeamsChannelAccount>> GetMembersAsync(string serviceUrl, string conversationId,
        CancellationToken cancellationToken) =>
        await CallAsync<List<TeamsChannelAccount>>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Escape(conversationId)}/members", null,
            cancellationToken) ?? [];

    private async Task<T?> CallAsync<T>(HttpMethod method, string serviceUrl, string path, object? body,
        CancellationToken cancellationToken)
    {
        var baseUri = allowList.EnsureAllowed(serviceUrl);
        using var request = new HttpRequestMessage(method, new Uri(new Uri(baseUri.AbsoluteUri.TrimEnd('/') + "/"), path));
        if (body is not null)
        {
            request.Content = new ByteArrayContent(ProtocolJson.Write(body))
            {
                Headers = { ContentType = MediaTypeHeaderValue.Parse(ProtocolJson.MediaType) },
            };
        }

        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await SendAsync(request, cancellationToken);
        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(response, content);
        }

        // Teams may answer a send with an empty body.
        return string.IsNullOrWhiteSpace(content) ? default : JsonSerializer.Deserialize<T>(content, ProtocolJson.Options);
    }

    /// <summary>
    /// Sends through the resilience pipeline. Its timeouts end a call as HttpClient's own timeout does, so callers
    /// need to know only one way a call runs out of time.
    /// </summary>
    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new TaskCanceledException($"{request.Method} {request.RequestUri?.AbsolutePath} timed out.", new TimeoutException(e.Message, e));
        }
    }

    private static ConnectorException Failure(HttpResponseMessage response, string content)
    {
        string? code = null, subCode = null, message = null;
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.TryGetProperty("error", out var error))
            {
                code = error.TryGetProperty("code", out var c) ? c.GetString() : null;
                message = error.TryGetProperty("message", out var m) ? m.GetString() : null;
                subCode = error.TryGetProperty("innerHttpError", out var inner) && inner.TryGetProperty("subCode", out var s)
                    ? s.GetString()
                    : null;
            }

            subCode ??= document.RootElement.TryGetProperty("subCode", out var top) ? top.GetString() : null;
        }
        catch (JsonException)
        {
            // Not JSON: the status code says enough.
        }

        var status = response.StatusCode;
        return new ConnectorException(status, code, subCode,
            $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.AbsolutePath} failed with {(int)status} {code} {subCode} {message}".Trim());
    }

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
