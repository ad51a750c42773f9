using System.Text.Json.Nodes;

namespace CoordinatorBot.Tests.Support;

/// <summary>Activities shaped like the ones Teams and the Agents Playground send (see Fixtures/).</summary>
public static class ActivityBuilder
{
    public const string BotId = "28:bot-app-id";
    public const string TenantId = "00000000-0000-0000-0000-0000000000001";
    public const string TeamId = "19:team-one@thread.tacv2";
    /// <summary>The second community of the tests that need two (OS2forms, set up by <see cref="BotHarness.SetUpSecondCommunityAsync"/>).</summary>
    public const string TeamTwo = "19:team-two@thread.tacv2";

    public static JsonObject Fixture(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name)))!.AsObject();

    /// <summary>A message in the team's General channel, @mentioning the bot.</summary>
    public static JsonObject ChannelMessage(string serviceUrl, string text, string aadObjectId = "aad-alice", string name = "Alice",
        string locale = "da-DK", string teamId = TeamId) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString(),
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["locale"] = locale,
        ["from"] = new JsonObject { ["id"] = $"29:{aadObjectId}", ["name"] = name, ["aadObjectId"] = aadObjectId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "CoordinatorBot" },
        ["conversation"] = new JsonObject
        {
            ["id"] = $"{teamId};messageid=1", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = TenantId,
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
            ["team"] = new JsonObject { ["id"] = teamId, ["name"] = "OS2mo fællesskab" },
            ["channel"] = new JsonObject { ["id"] = teamId },
        },
    };

    /// <summary>An Action.Execute press on a card in the same channel.</summary>
    public static JsonObject Execute(string serviceUrl, string verb, JsonObject data, string aadObjectId = "aad-alice",
        string name = "Alice", string teamId = TeamId)
    {
        var activity = ChannelMessage(serviceUrl, string.Empty, aadObjectId, name, teamId: teamId);
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

    /// <summary>The bot being installed in the team (Teams sends this and a conversationUpdate).</summary>
    public static JsonObject TeamInstall(string serviceUrl, string action = "add", string teamId = TeamId)
    {
        var activity = ChannelMessage(serviceUrl, string.Empty, teamId: teamId);
        activity["type"] = "installationUpdate";
        activity["action"] = action;
        activity.Remove("text");
        activity.Remove("entities");
        activity["conversation"]!["id"] = teamId;
        return activity;
    }

    public static JsonObject BotAddedToTeam(string serviceUrl, string teamId = TeamId)
    {
        var activity = TeamInstall(serviceUrl, teamId: teamId);
        activity["type"] = "conversationUpdate";
        activity.Remove("action");
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"]!["eventType"] = "teamMemberAdded";
        return activity;
    }
}
