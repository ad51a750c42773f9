namespace CoordinatorBot.Tests.Trust;

/// <summary>The activities an attacker sends from outside the team's channel: a personal chat, a group chat, a leaving member.</summary>
public static class TrustActivities
{
    public const string PersonalChatId = "a:personal-chat";

    /// <summary>A message in the person's 1:1 chat with the bot, shaped as Fixtures/message.json.</summary>
    public static JsonObject PersonalMessage(string serviceUrl, string text, string aadObjectId, string name)
    {
        var message = ActivityBuilder.Fixture("message.json");
        message["id"] = Guid.NewGuid().ToString();
        message["serviceUrl"] = serviceUrl;
        message["from"] = new JsonObject { ["id"] = $"29:{aadObjectId}", ["name"] = name, ["aadObjectId"] = aadObjectId };
        message["conversation"]!["id"] = $"{PersonalChatId}-{aadObjectId}";
        message["text"] = text;
        message["locale"] = "da-DK";
        return message;
    }

    /// <summary>An Action.Execute press on a card in the person's 1:1 chat (a nudge's button, say).</summary>
    public static JsonObject PersonalExecute(string serviceUrl, string verb, JsonObject data, string aadObjectId, string name)
    {
        var activity = PersonalMessage(serviceUrl, string.Empty, aadObjectId, name);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        data["verb"] = verb;
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>A message in a group chat (no team) that @mentions the bot.</summary>
    public static JsonObject GroupChatMessage(string serviceUrl, string text, string chatId, string aadObjectId = "aad-alice", string name = "Alice")
    {
        var message = ActivityBuilder.ChannelMessage(serviceUrl, text, aadObjectId, name);
        message["conversation"] = new JsonObject
        {
            ["id"] = chatId, ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = ActivityBuilder.TenantId,
        };
        message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = ActivityBuilder.TenantId } };
        return message;
    }

    /// <summary>Teams telling the bot that a person left the team (or was removed from it).</summary>
    public static JsonObject MemberRemoved(string serviceUrl, string aadObjectId, string name)
    {
        var activity = ActivityBuilder.BotAddedToTeam(serviceUrl);
        activity.Remove("membersAdded");
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = $"29:{aadObjectId}", ["name"] = name, ["aadObjectId"] = aadObjectId });
        activity["channelData"]!["eventType"] = "teamMemberRemoved";
        return activity;
    }

    /// <summary>The answer to an invoke as the person reads it: the card's text, or the message.</summary>
    public static string Read(JsonNode answer) =>
        answer["value"] is JsonValue value ? value.ToString() : Support.BotHarness.Text(answer["value"]);
}
