using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Threading.Channels;

namespace CoordinatorBot.Tests.EndToEnd;

/// <summary>
/// Drives the Microsoft 365 Agents Playground the way its web client does: posts what the user types, presses card
/// buttons (Action.Execute), injects install events, and watches the conversation stream for the bot's messages.
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    public const string UserId = "user-id-0";
    public const string TeamId = "team-id";

    private readonly HttpClient _http;
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _stream = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private Task? _reader;

    private PlaygroundClient(Uri address) => _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    public JsonObject Config { get; private set; } = null!;
    /// <summary>The personal chat's id; the Playground makes a new one whenever its web page is opened.</summary>
    public async Task<string> PersonalChatIdAsync()
    {
        Config = (await _http.GetFromJsonAsync<JsonObject>("/_internal/v1/config"))!;
        return Config["config"]!["personalChat"]!["id"]!.GetValue<string>();
    }
    public string BotId => Config["config"]!["bot"]!["id"]!.GetValue<string>();

    /// <summary>A card button's Action.Execute as the Playground sends its press, in Danish.</summary>
    public static JsonObject Execute(string verb, JsonObject data)
    {
        data["verb"] = verb;
        data["lang"] = "da";
        return new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data };
    }

    /// <summary>Every Action.Execute of a card, however deep.</summary>
    public static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>() == "Action.Execute" ? [o] : Enumerable.Empty<JsonObject>())
            .Concat(o.SelectMany(p => Actions(p.Value))),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    public static async Task<PlaygroundClient> ConnectAsync(Uri address)
    {
        var client = new PlaygroundClient(address);
        client.Config = (await client._http.GetFromJsonAsync<JsonObject>("/_internal/v1/config"))!;
        var ws = new UriBuilder(address) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await client._socket.ConnectAsync(ws, default);
        client._reader = client.ReadAsync();
        return client;
    }

    /// <summary>Types a message as the Playground's user, optionally @mentioning the bot first (needed in a channel).</summary>
    public async Task<string> SayAsync(string conversationId, string text, bool mentionBot = false)
    {
        Drain();
        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = UserId }, ["textFormat"] = "plain" };
        if (mentionBot)
        {
            body["text"] = $"<at>Test Bot</at> {text}";
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = BotId }, ["text"] = "<at>Test Bot</at>",
            });
        }
        else
        {
            body["text"] = text;
        }

        using var response = await _http.PostAsJsonAsync($"/_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body);
        response.EnsureSuccessStatusCode();
        var created = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return created["postConversationId"]?.GetValue<string>() ?? conversationId;
    }

    /// <summary>Presses an Action.Execute button on a message; returns the invoke response the client renders.</summary>
    public async Task<JsonObject> PressAsync(string conversationId, string messageId, JsonObject action)
    {
        Drain();
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["value"] = new JsonObject { ["action"] = action },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = messageId,
        };
        using var response = await _http.PostAsJsonAsync("/_conversation/v1/invoke", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"invoke failed: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Sends an activity the Playground builds from its own template (install, botAdded, ...).</summary>
    public async Task SendEventAsync(string conversationId, string type, Action<JsonObject>? change = null)
    {
        var template = (await _http.GetFromJsonAsync<JsonObject>(
            $"/_internal/v1/customActivities/template?conversationId={Uri.EscapeDataString(conversationId)}&type={type}"))!;
        change?.Invoke(template);
        await SendActivityAsync(template);
    }

    /// <summary>Sends any activity through the Playground, e.g. one from another member of the team.</summary>
    public async Task SendActivityAsync(JsonObject activity)
    {
        Drain();
        using var response = await _http.PostAsJsonAsync("/_internal/v1/customActivities", activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A member of the Playground's mock tenant (0 is the signed-in user, Alex Wilber).</summary>
    public JsonObject User(int index) =>
        (index == 0 ? Config["config"]!["currentUser"] : Config["config"]!["users"]![index - 1])!.AsObject();

    /// <summary>
    /// An activity as another member of the team would send it in a channel thread (the Playground's own client
    /// always speaks as Alex): a message, or with <paramref name="action"/> an Action.Execute press.
    /// </summary>
    public JsonObject ActivityFrom(int user, string thread, string? text = null, JsonObject? action = null, string? replyToId = null)
    {
        var person = User(user);
        var activity = new JsonObject
        {
            ["type"] = action is null ? "message" : "invoke",
            ["id"] = Guid.NewGuid().ToString(),
            ["locale"] = "da-DK",
            ["channelId"] = "msteams",
            ["serviceUrl"] = $"{_http.BaseAddress!.ToString().TrimEnd('/')}/_connector",
            ["from"] = new JsonObject
            {
                ["id"] = person["id"]!.GetValue<string>(), ["name"] = person["name"]!.GetValue<string>(),
                ["aadObjectId"] = person["aadObjectId"]!.GetValue<string>(),
            },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "Test Bot" },
            ["conversation"] = new JsonObject { ["id"] = thread, ["conversationType"] = "channel", ["isGroup"] = true },
            ["channelData"] = new JsonObject
            {
                ["tenant"] = new JsonObject { ["id"] = Config["config"]!["tenantId"]!.GetValue<string>() },
                ["team"] = new JsonObject { ["id"] = TeamId },
            },
        };
        if (action is null)
        {
            activity["text"] = text;
        }
        else
        {
            activity["name"] = "adaptiveCard/action";
            activity["replyToId"] = replyToId;
            activity["value"] = new JsonObject { ["action"] = action, ["trigger"] = "manual" };
        }

        return activity;
    }

    /// <summary>Waits for the next message from the bot that matches, skipping others.</summary>
    public async Task<BotMessage> NextBotMessageAsync(Func<BotMessage, bool> matches, TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        try
        {
            while (true)
            {
                var item = await _stream.Reader.ReadAsync(limit.Token);
                if (item["message"] is JsonObject message && message["from"]?["id"]?.GetValue<string>() == BotId)
                {
                    var found = new BotMessage(item["action"]?.GetValue<string>() ?? string.Empty,
                        item["actionConversationId"]?.GetValue<string>() ?? string.Empty, message);
                    if (matches(found))
                    {
                        return found;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException("The bot sent no matching message in time.");
        }
    }

    /// <summary>Forgets what arrived before the next action, so that a test sees only the answers to its own.</summary>
    private void Drain()
    {
        while (_stream.Reader.TryRead(out _))
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, default);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }

        if (_reader is not null)
        {
            await _reader;
        }

        _socket.Dispose();
        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
            {
                var result = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                text.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    if (JsonNode.Parse(Encoding.UTF8.GetString(text.ToArray())) is JsonObject item)
                    {
                        await _stream.Writer.WriteAsync(item);
                    }

                    text.SetLength(0);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing.
        }
    }
}

/// <summary>A message the bot sent, as the Playground's client received it.</summary>
public sealed record BotMessage(string Action, string ConversationId, JsonObject Message)
{
    public string Id => Message["messageId"]!.GetValue<string>();

    public JsonNode? Card => Message["attachments"] is JsonArray { Count: > 0 } attachments ? attachments[0]?["content"] : null;

    public string? Text => Message["text"]?.GetValue<string>();
}
