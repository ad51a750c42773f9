namespace CoordinatorBot.Tests.Search;

/// <summary>The compose extension's invokes as Teams sends them, from a chat that is no community's.</summary>
internal static class ComposeActivities
{
    public const string ChatId = "19:chat-anywhere@unq.gbl.spaces";

    /// <summary>A search typed in the compose box ("initialRun" when <paramref name="query"/> is null).</summary>
    public static JsonObject Query(string serviceUrl, string? query, string aadObjectId, string name, string locale = "da-DK",
        int skip = 0, int count = 25, string commandId = "searchRecords") => Invoke(serviceUrl, "composeExtension/query", new JsonObject
    {
        ["commandId"] = commandId,
        ["parameters"] = new JsonArray(query is null
            ? new JsonObject { ["name"] = "initialRun", ["value"] = "true" }
            : new JsonObject { ["name"] = "query", ["value"] = query }),
        ["queryOptions"] = new JsonObject { ["skip"] = skip, ["count"] = count },
    }, aadObjectId, name, locale);

    /// <summary>A link pasted into the compose box of a chat.</summary>
    public static JsonObject QueryLink(string serviceUrl, string url, string aadObjectId, string name, string locale = "da-DK") =>
        Invoke(serviceUrl, "composeExtension/queryLink", new JsonObject { ["url"] = url }, aadObjectId, name, locale);

    public static JsonObject Invoke(string serviceUrl, string invokeName, JsonNode? value, string aadObjectId, string name, string locale) => new()
    {
        ["type"] = "invoke",
        ["name"] = invokeName,
        ["id"] = Guid.NewGuid().ToString(),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = $"29:{aadObjectId}", ["name"] = name, ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = ActivityBuilder.BotId, ["name"] = "CoordinatorBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = ChatId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = ActivityBuilder.TenantId,
        },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = ActivityBuilder.TenantId },
            ["source"] = new JsonObject { ["name"] = "compose" },
        },
        ["value"] = value,
    };
}
