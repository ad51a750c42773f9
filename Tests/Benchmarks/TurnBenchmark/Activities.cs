using System.Text.Json.Nodes;

namespace CoordinatorBot.Benchmarks;

/// <summary>Activities shaped like Teams' (the same shapes the tests use): a channel message and a card's Action.Execute.</summary>
internal static class Activities
{
    public const string BotId = "28:bench-bot";
    public const string TenantId = "00000000-0000-0000-0000-00000000bench";
    public const string TeamId = "19:bench-team@thread.tacv2";

    public static JsonObject Message(string serviceUrl, string text, string person) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["locale"] = "da-DK",
        ["from"] = new JsonObject { ["id"] = $"29:{person}", ["name"] = Name(person), ["aadObjectId"] = person },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CoordinatorBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = $"{TeamId};messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId,
        },
        ["text"] = $"<at>CoordinatorBot</at> {text}",
        ["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>CoordinatorBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = "CoordinatorBot" },
        }),
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TenantId },
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "OS2mo fællesskab" },
            ["channel"] = new JsonObject { ["id"] = TeamId },
        },
    };

    public static JsonObject Execute(string serviceUrl, string verb, JsonObject data, string person)
    {
        var activity = Message(serviceUrl, string.Empty, person);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity.Remove("entities");
        activity["replyToId"] = "activity-1";
        data["verb"] = verb;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject TeamInstall(string serviceUrl, string person)
    {
        var activity = Message(serviceUrl, string.Empty, person);
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity.Remove("text");
        activity.Remove("entities");
        activity["conversation"]!["id"] = TeamId;
        return activity;
    }

    private static string Name(string person) => "Person " + person[^3..];
}
