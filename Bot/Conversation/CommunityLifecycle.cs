using CoordinatorBot.Storage.Activities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Install, uninstall and team events. A team the bot joins becomes a community and is welcomed once (in its
/// language); a person who installs the bot has their 1:1 chat stored and is welcomed there; a group chat is told
/// that the bot works in a team. Removal marks them inactive. A person who leaves the team loses their roles. A shared
/// or private channel the bot is allowed in is a community of its own, followed through its events: shared with or
/// unshared from teams, members added and removed, renamed, deleted and restored (the events of Microsoft Learn's "Apps
/// for shared and private channels", with the payloads of microsoft/Agents#179).
/// </summary>
public sealed partial class CommunityLifecycle(
    CommunityDirectory directory,
    CommunityMembers members,
    TeamRoster roster,
    MemberGreeter greeter,
    CommunitySender sender,
    ConnectorClient connector,
    HandledActivityStore handled,
    TimeProvider time,
    ILogger<CommunityLifecycle> logger)
{
    // Teams sends an installationUpdate and a conversationUpdate for one install in a group chat, seconds apart, and the
    // chat stores nothing: a claim of the chat's install (not of either activity) lets one of them explain.
    private const string GroupChatInstall = "install";
    private static readonly TimeSpan GroupChatInstallWindow = TimeSpan.FromMinutes(10);

    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        var eventType = activity.ChannelData?.EventType;
        var communityId = CommunityDirectory.CommunityIdOf(activity);
        // An event about a shared or private channel that is a community of its own (not about one of a team's channels).
        var ownChannel = communityId is not null && communityId != activity.TeamId;
        // In a shared channel the bot is installed in the host team and then allowed in the channel (membersAdded) or
        // disallowed (membersRemoved); deleting the channel ends its community as deleting a team ends the team's.
        var added = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade
            : activity.MembersAdded?.Any(m => m.Id == botId) == true;
        var removed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action == InstallationActions.Remove
            : activity.MembersRemoved?.Any(m => m.Id == botId) == true ||
              (!ownChannel && eventType == TeamsEventTypes.TeamDeleted) || (ownChannel && eventType == TeamsEventTypes.ChannelDeleted);

        var personal = activity.Conversation?.ConversationType == ConversationTypes.Personal;
        if (added)
        {
            await (communityId is not null ? WelcomeCommunityAsync(activity, communityId, cancellationToken)
                : personal ? WelcomePersonAsync(activity, cancellationToken)
                : ExplainGroupChatAsync(activity, cancellationToken));
        }
        else if (removed)
        {
            if (communityId is not null)
            {
                await directory.UpdateAsync(communityId, c => c is { IsActive: true } ? c with { IsActive = false } : null, cancellationToken);
            }
            else if (personal)
            {
                await directory.DeactivatePersonalAsync(activity, cancellationToken);
            }

            LogRemoved(logger, communityId is null ? "personal" : "community");
        }
        else if (ownChannel && eventType == TeamsEventTypes.ChannelRestored)
        {
            // The channel is back, and with it its community, as it was: its id, roles and records never left.
            await directory.UpdateAsync(communityId!, c => c is { IsActive: false } ? c with { IsActive = true } : null, cancellationToken);
        }
        else if (communityId is not null && eventType == TeamsEventTypes.ChannelShared)
        {
            // The people of the teams it is now shared with are members through them: the next read of the roster has
            // them. The community stays the one it was (its id is the channel's).
            roster.Forget(communityId);
            LogShared(logger, activity.ChannelData?.SharedWithTeams?.Count ?? 0);
        }
        else if (communityId is not null && eventType == TeamsEventTypes.ChannelUnshared)
        {
            await UnsharedAsync(activity, communityId, cancellationToken);
        }
        else if (communityId is not null && activity.MembersRemoved?.Where(m => m.Id != botId).ToList() is { Count: > 0 } left)
        {
            await EndMembershipsAsync(communityId, left, ownChannel, cancellationToken);
        }
        else if (communityId is not null && activity.MembersAdded?.Where(m => m.Id != botId).ToList() is { Count: > 0 } joined)
        {
            roster.Forget(communityId);
            if (await directory.TouchAsync(activity, cancellationToken) is { } community)
            {
                await greeter.GreetAsync(community, joined, cancellationToken);
            }
        }
        else if (communityId is not null && !ownChannel && eventType == TeamsEventTypes.TeamRenamed &&
                 activity.ChannelData?.Team?.Name is { Length: > 0 } name)
        {
            await RenameAsync(communityId, name, cancellationToken);
        }
        else if (ownChannel && eventType == TeamsEventTypes.ChannelRenamed && activity.ChannelData?.Channel?.Name is { Length: > 0 } channelName)
        {
            await RenameAsync(communityId!, channelName, cancellationToken);
        }
    }

    private Task RenameAsync(string communityId, string name, CancellationToken cancellationToken) =>
        directory.UpdateAsync(communityId, c => c is null || c.Name == name ? null : c with { Name = name }, cancellationToken);

    /// <summary>
    /// The channel was unshared from teams. Teams sends no member event for each of their people, so the roster is read
    /// again, and whoever was in only through those teams loses their roles (Domain decides who stays). When the roster
    /// cannot be read, roles stay until the next event; a personal chat's turn then finds no roster and acts for no one.
    /// </summary>
    private async Task UnsharedAsync(Activity activity, string communityId, CancellationToken cancellationToken)
    {
        roster.Forget(communityId);
        if (await directory.GetAsync(communityId, cancellationToken) is not { IsChannel: true } community)
        {
            return;
        }

        var unshared = new HashSet<string>(
            (activity.ChannelData?.UnsharedFromTeams ?? []).Where(t => t is not null).SelectMany(t => new[] { t.Id, t.AadGroupId })
                .OfType<string>().Where(id => id.Length > 0),
            StringComparer.OrdinalIgnoreCase);
        IReadOnlyList<TeamMember> people;
        try
        {
            people = await roster.GetAsync(community, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or ServiceUrlNotAllowedException)
        {
            LogRosterUnreadable(logger, e);
            return;
        }

        var staying = people.Where(p => SharedChannelMembership.StaysAfterUnshare(people, unshared, p.AadObjectId)).ToList();
        roster.Replace(communityId, staying);
        foreach (var member in await members.ListAsync(communityId, cancellationToken))
        {
            if (member.Roles.Count > 0 && !SharedChannelMembership.StaysAfterUnshare(people, unshared, member.AadObjectId) &&
                await members.EndMembershipAsync(communityId, member.AadObjectId, "Teams", cancellationToken) is not null)
            {
                LogLeft(logger);
            }
        }
    }

    private async Task WelcomeCommunityAsync(Activity activity, string communityId, CancellationToken cancellationToken)
    {
        var becameActive = false;
        var community = await directory.UpdateAsync(communityId, stored =>
        {
            becameActive = stored is not { IsActive: true };
            return stored is null
                ? directory.NewCommunity(activity, communityId) with { InstalledBy = activity.From?.AadObjectId }
                : stored with
                {
                    IsActive = true,
                    InstalledBy = stored.InstalledBy ?? activity.From?.AadObjectId,
                    Name = (stored.IsChannel ? activity.ChannelData?.Channel?.Name : activity.ChannelData?.Team?.Name) ?? stored.Name,
                    Channel = activity.ServiceUrlVouched ? CommunityDirectory.ChannelOf(activity, communityId) : stored.Channel,
                };
        }, cancellationToken);

        // Teams sends both an installationUpdate and a conversationUpdate for one install: only the first welcomes.
        if (!becameActive || community is null)
        {
            return;
        }

        LogJoined(logger, communityId);
        var card = WelcomeCard.ForTeam(new Texts(community.LanguageOf()), community.ProductName,
            activity.Recipient?.Name ?? Texts.DefaultBotName);
        // Without a stored address (none vouched for yet), the install's own, which the endpoint checked, is used.
        var target = community.Channel.ServiceUrl is { Length: > 0 }
            ? community
            : community with { Channel = community.Channel with { ServiceUrl = activity.ServiceUrl! } };
        await sender.PostAsync(target, card, null, cancellationToken);
    }

    private async Task WelcomePersonAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!await directory.TouchPersonalAsync(activity, cancellationToken, installed: true))
        {
            return;
        }

        var language = await directory.PersonalLanguageAsync(activity.TenantId, activity.From?.AadObjectId, activity.Locale, null, cancellationToken);
        var turn = new Turn(activity with { Id = null }, language, connector, cancellationToken);
        await turn.SendAsync(Reply.WithCard(WelcomeCard.ForPerson(turn.Texts)));
    }

    /// <summary>
    /// People who left the team (or were removed) lose their roles; the history keeps who held what. In a shared channel
    /// a person may be in it twice (directly and through a team): Teams tells of one way ending, so whoever the channel's
    /// roster still lists stays. When the roster cannot be read, Teams' word stands.
    /// </summary>
    private async Task EndMembershipsAsync(string communityId, IReadOnlyList<ChannelAccount> left, bool ownChannel,
        CancellationToken cancellationToken)
    {
        roster.Forget(communityId);
        IReadOnlyList<TeamMember> still = [];
        if (ownChannel && await directory.GetAsync(communityId, cancellationToken) is { IsChannel: true } community)
        {
            try
            {
                still = await roster.GetAsync(community, cancellationToken);
            }
            catch (Exception e) when (e is ConnectorException or HttpRequestException or ServiceUrlNotAllowedException)
            {
                LogRosterUnreadable(logger, e);
            }
        }

        IReadOnlyList<Domain.Communities.Member>? known = null;
        foreach (var person in left)
        {
            // Teams' documented event names the person by their Teams id alone; the member row remembers it.
            var id = person.AadObjectId;
            if (string.IsNullOrEmpty(id) && person.Id is { Length: > 0 } teamsId)
            {
                known ??= await members.ListAsync(communityId, cancellationToken);
                id = known.FirstOrDefault(m => m.TeamsUserId == teamsId)?.AadObjectId;
            }

            if (id is { Length: > 0 } && still.All(p => p.AadObjectId != id) &&
                await members.EndMembershipAsync(communityId, id, "Teams", cancellationToken) is not null)
            {
                LogLeft(logger);
            }
        }
    }

    /// <summary>
    /// A community is a team: in a group chat the bot says so, and where to add it instead — once per install, in the
    /// language of the installer's communities (Danish unless they all write English), never in one person's locale.
    /// </summary>
    private async Task ExplainGroupChatAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } chat ||
            !await handled.TryClaimAsync(chat, GroupChatInstall, HandledActivityStore.NewClaim(), time.GetUtcNow(), GroupChatInstallWindow, cancellationToken))
        {
            return;
        }

        var turn = new Turn(activity with { Id = null }, await directory.GroupChatLanguageAsync(activity, cancellationToken), connector, cancellationToken);
        await turn.SendAsync(Reply.WithText(turn.Texts.GroupChatNotCommunity(activity.Recipient?.Name ?? turn.Texts.BotName)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A community's channel was shared with {Teams} team(s)")]
    private static partial void LogShared(ILogger logger, int teams);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A shared channel's roster could not be read after a membership event")]
    private static partial void LogRosterUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "A person left a community: their roles ended")]
    private static partial void LogLeft(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Joined community {CommunityId}")]
    private static partial void LogJoined(ILogger logger, string communityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed from {CommunityId}")]
    private static partial void LogRemoved(ILogger logger, string communityId);
}
