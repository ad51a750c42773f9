namespace CoordinatorBot.Tests.Support;

/// <summary>
/// Activities in a shared or private channel of the host team <see cref="ActivityBuilder.TeamId"/>, shaped like the
/// examples of microsoft/Agents#179 ("Support for bots and agents in shared channels"): the conversation is the
/// channel, channelData.channel carries its id, name and type, channelData.team is the host team, and the tenant is
/// the host's whoever acts.
/// </summary>
public static class SharedChannelActivities
{
    public const string ChannelId = "19:os2mo-paa-tvaers@thread.tacv2";
    public const string ChannelName = "OS2mo på tværs";

    /// <summary>Moves a channel activity into the channel; <paramref name="type"/> null sends it without the channel's type, as a plain message may come.</summary>
    public static JsonObject In(JsonObject activity, string? type = "shared", string channelId = ChannelId, string name = ChannelName)
    {
        var conversation = activity["conversation"]!["id"]!.GetValue<string>();
        activity["conversation"]!["id"] = conversation.Contains(";messageid=", StringComparison.Ordinal) ? $"{channelId};messageid=1" : channelId;
        var channel = new JsonObject { ["id"] = channelId, ["name"] = name };
        if (type is not null)
        {
            channel["type"] = type;
        }

        activity["channelData"]!["channel"] = channel;
        return activity;
    }

    /// <summary>A message in the channel from a person (of any tenant: the conversation's tenant is the host's).</summary>
    public static JsonObject Message(string serviceUrl, string text, string aad, string name, string? type = "shared") =>
        In(ActivityBuilder.ChannelMessage(serviceUrl, text, aad, name), type);

    /// <summary>A card press in the channel.</summary>
    public static JsonObject Press(string serviceUrl, string verb, JsonObject data, string aad, string name, string? type = "shared") =>
        In(ActivityBuilder.Execute(serviceUrl, verb, data, aad, name), type);

    /// <summary>A conversationUpdate about the channel: <paramref name="eventType"/> in channelData, sent by Alice.</summary>
    public static JsonObject Event(string serviceUrl, string eventType, string type = "shared", string name = ChannelName)
    {
        var activity = In(ActivityBuilder.TeamInstall(serviceUrl), type, name: name);
        activity["type"] = "conversationUpdate";
        activity.Remove("action");
        activity["channelData"]!["eventType"] = eventType;
        return activity;
    }

    /// <summary>The bot allowed in the channel (it is installed in the host team): membersAdded with the bot.</summary>
    public static JsonObject BotAllowed(string serviceUrl, string type = "shared")
    {
        var activity = Event(serviceUrl, "channelMemberAdded", type);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = ActivityBuilder.BotId });
        return activity;
    }

    /// <summary>A person removed from the channel, directly or (with <paramref name="throughTeam"/>) through a team.</summary>
    public static JsonObject MemberRemoved(string serviceUrl, string aad, string tenantId, string? throughTeam = null)
    {
        var activity = Event(serviceUrl, "channelMemberRemoved");
        activity["membersRemoved"] = new JsonArray(new JsonObject { ["id"] = $"29:{aad}", ["aadObjectId"] = aad });
        activity["channelData"]!["membershipSource"] = new JsonObject
        {
            ["sourceType"] = throughTeam is null ? "channel" : "team", ["id"] = throughTeam ?? ChannelId,
            ["membershipType"] = throughTeam is null ? "direct" : "transitive", ["tenantId"] = tenantId,
        };
        return activity;
    }

    /// <summary>The channel shared with, or unshared from, a team (channelData.sharedWithTeams / unsharedFromTeams).</summary>
    public static JsonObject SharedOrUnshared(string serviceUrl, bool shared, string teamId, string teamName, string tenantId)
    {
        var activity = Event(serviceUrl, shared ? "channelShared" : "channelUnshared");
        activity["channelData"]![shared ? "sharedWithTeams" : "unsharedFromTeams"] = new JsonArray(new JsonObject
        {
            ["id"] = teamId, ["name"] = teamName, ["aadGroupId"] = $"group-of-{teamId}", ["tenantId"] = tenantId,
        });
        return activity;
    }
}
