using CoordinatorBot.Bot.Communities;
using CoordinatorBot.Bot.Conversation;
using CoordinatorBot.Bot.Protocol.Connector;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Composers;
using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Bot.Conversation;

/// <summary>
/// Install, uninstall and team events. A team the bot joins becomes a community and is welcomed once (in Danish);
/// a person who installs the bot has their 1:1 chat stored and is welcomed there. Removal marks them inactive.
/// </summary>
public sealed partial class CommunityLifecycle(
    CommunityDirectory directory,
    MemberGreeter greeter,
    CommunitySender sender,
    ConnectorClient connector,
    ILogger<CommunityLifecycle> logger)
{
    public async Task HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        var botId = activity.Recipient?.Id;
        var added = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action is InstallationActions.Add or InstallationActions.AddUpgrade
            : activity.MembersAdded?.Any(m => m.Id == botId) == true;
        var removed = activity.Type == ActivityTypes.InstallationUpdate
            ? activity.Action == InstallationActions.Remove
            : activity.MembersRemoved?.Any(m => m.Id == botId) == true || activity.ChannelData?.EventType == "teamDeleted";

        var communityId = CommunityDirectory.CommunityIdOf(activity);
        if (added)
        {
            await (communityId is null
                ? WelcomePersonAsync(activity, cancellationToken)
                : WelcomeCommunityAsync(activity, communityId, cancellationToken));
        }
        else if (removed)
        {
            await (communityId is null
                ? directory.DeactivatePersonalAsync(activity, cancellationToken)
                : directory.UpdateAsync(communityId, c => c is { IsActive: true } ? c with { IsActive = false } : null,
                    cancellationToken));
            LogRemoved(logger, communityId ?? "personal");
        }
        else if (communityId is not null && activity.MembersAdded?.Where(m => m.Id != botId).ToList() is { Count: > 0 } joined)
        {
            if (await directory.TouchAsync(activity, cancellationToken) is { } community)
            {
                await greeter.GreetAsync(community, joined, cancellationToken);
            }
        }
        else if (communityId is not null && activity.ChannelData?.EventType == "teamRenamed" &&
                 activity.ChannelData.Team?.Name is { Length: > 0 } name)
        {
            await directory.UpdateAsync(communityId, c => c is null || c.Name == name ? null : c with { Name = name },
                cancellationToken);
        }
    }

    private async Task WelcomeCommunityAsync(Activity activity, string communityId, CancellationToken cancellationToken)
    {
        var becameActive = false;
        var community = await directory.UpdateAsync(communityId, stored =>
        {
            becameActive = stored is not { IsActive: true };
            return stored is null
                ? directory.NewCommunity(activity, communityId)
                : stored with
                {
                    IsActive = true,
                    Name = activity.ChannelData?.Team?.Name ?? stored.Name,
                    Channel = activity.ServiceUrlVouched ? CommunityDirectory.ChannelOf(activity, communityId) : stored.Channel,
                };
        }, cancellationToken);

        // Teams sends both an installationUpdate and a conversationUpdate for one install: only the first welcomes.
        if (!becameActive || community is null)
        {
            return;
        }

        LogJoined(logger, communityId);
        var card = WelcomeCard.ForTeam(new Texts(Language.Danish), community.ProductName);
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

        var language = LanguageChoice.For(activity);
        var turn = new Turn(activity with { Id = null }, language, connector, cancellationToken);
        await turn.SendAsync(Reply.WithCard(WelcomeCard.ForPerson(turn.Texts)));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Joined community {CommunityId}")]
    private static partial void LogJoined(ILogger logger, string communityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed from {CommunityId}")]
    private static partial void LogRemoved(ILogger logger, string communityId);
}
