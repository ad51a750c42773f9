namespace CoordinatorBot.Bot.Protocol.Hosting;

/// <summary>
/// The lengths Teams' identifiers and names stay far below. A longer one is refused (400) before any handler runs:
/// it cannot be a real activity, and stored as it is it would exceed what a table key or property may hold.
/// </summary>
public static class ActivityLimits
{
    public const int MaxIdentifierLength = 1024;

    /// <summary>The first field that is too long, or null when none is.</summary>
    public static string? TooLong(Activity activity)
    {
        var channelData = activity.ChannelData;
        (string Name, string? Value)[] fields =
        [
            ("id", activity.Id), ("serviceUrl", activity.ServiceUrl), ("channelId", activity.ChannelId),
            ("locale", activity.Locale), ("replyToId", activity.ReplyToId), ("name", activity.Name), ("action", activity.Action),
            ("from.id", activity.From?.Id), ("from.name", activity.From?.Name), ("from.aadObjectId", activity.From?.AadObjectId),
            ("recipient.id", activity.Recipient?.Id), ("recipient.name", activity.Recipient?.Name),
            ("conversation.id", activity.Conversation?.Id), ("conversation.name", activity.Conversation?.Name),
            ("conversation.tenantId", activity.Conversation?.TenantId), ("conversation.conversationType", activity.Conversation?.ConversationType),
            ("channelData.tenant.id", channelData?.Tenant?.Id), ("channelData.team.id", channelData?.Team?.Id),
            ("channelData.team.name", channelData?.Team?.Name), ("channelData.team.aadGroupId", channelData?.Team?.AadGroupId),
            ("channelData.channel.id", channelData?.Channel?.Id), ("channelData.channel.name", channelData?.Channel?.Name),
            ("channelData.eventType", channelData?.EventType),
            ("channelData.settings.selectedChannel.id", channelData?.Settings?.SelectedChannel?.Id),
        ];
        foreach (var (name, value) in fields)
        {
            if (value is { Length: > MaxIdentifierLength })
            {
                return name;
            }
        }

        IEnumerable<ChannelAccount> accounts =
        [
            .. activity.MembersAdded ?? [], .. activity.MembersRemoved ?? [],
            .. activity.Entities?.Select(e => e.Mentioned).OfType<ChannelAccount>() ?? [],
        ];
        return accounts.Any(a => a.Id is { Length: > MaxIdentifierLength } || a.Name is { Length: > MaxIdentifierLength } ||
                                 a.AadObjectId is { Length: > MaxIdentifierLength })
            ? "a member or mention"
            : null;
    }
}
