using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// The one way a feature sends to a community's channel or to one of its people: at once (in a person's turn), or
/// through the outbox under an idempotent key (from a scheduled job, which never calls Teams itself).
/// </summary>
public sealed class CommunitySender(ConnectorClient connector, OutboxStore outbox, ProactiveTargets targets, TimeProvider time)
{
    /// <summary>Posts in the channel (a new thread) or, with <paramref name="thread"/>, in one of its threads; the new message's id.</summary>
    public Task<string?> PostAsync(Community community, AdaptiveCard? card, string? text, CancellationToken cancellationToken,
        string? thread = null)
    {
        var conversation = thread ?? community.Channel.ConversationId;
        return connector.SendAsync(community.Channel.ServiceUrl, conversation,
            BotMessage.Create(community.Channel.BotId, conversation, card, text), cancellationToken);
    }

    /// <summary>Replaces a card the bot posted in one of the channel's threads, for everyone.</summary>
    public Task UpdateAsync(Community community, string thread, string activityId, AdaptiveCard card, CancellationToken cancellationToken) =>
        connector.UpdateAsync(community.Channel.ServiceUrl, thread, activityId,
            BotMessage.Create(community.Channel.BotId, thread, card, null), cancellationToken);

    /// <summary>Takes down a post the bot made in the channel; a post already gone or a connector that fails is left as it is.</summary>
    public async Task DeleteAsync(Community community, string activityId, CancellationToken cancellationToken)
    {
        try
        {
            await connector.DeleteAsync(community.Channel.ServiceUrl, community.Channel.ConversationId, activityId, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or TaskCanceledException)
        {
            // Taking it down is a courtesy to the channel: the failure being answered is the one that counts.
        }
    }

    /// <summary>Queues a text for one of the channel's threads; false when the key was queued before.</summary>
    public Task<bool> EnqueueAsync(string key, Community community, string thread, string text, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(key, new OutboxTarget(community.Channel.ServiceUrl, community.TenantId, community.Channel.BotId, thread, null),
            Serialize(BotMessage.Create(community.Channel.BotId, thread, null, text)), time.GetUtcNow(), cancellationToken);

    /// <summary>Queues a card as a new post in the channel (from a scheduled job); false when the key was queued before.</summary>
    public Task<bool> EnqueueAsync(string key, Community community, AdaptiveCard card, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(key, new OutboxTarget(community.Channel.ServiceUrl, community.TenantId, community.Channel.BotId, community.Channel.ConversationId, null),
            Serialize(BotMessage.Create(community.Channel.BotId, community.Channel.ConversationId, card, null)), time.GetUtcNow(), cancellationToken);

    /// <summary>Queues a card for one person; false when the key was queued before, or the person cannot be reached.</summary>
    public async Task<bool> EnqueueAsync(string key, Community community, Member person, AdaptiveCard card, CancellationToken cancellationToken) =>
        await EnqueueAsync(key, community, person, card, await targets.ForAsync(community, person, cancellationToken), cancellationToken);

    /// <summary>Queues a card for one person where <paramref name="to"/> (from <see cref="ProactiveTargets.ReachAsync"/>) says; false as above.</summary>
    public async Task<bool> EnqueueAsync(string key, Community community, Member person, AdaptiveCard card, OutboxTarget? to,
        CancellationToken cancellationToken)
    {
        if (to is not { } found)
        {
            return false;
        }

        // Should the 1:1 chat not open (a person of another tenant, the app not installed for them), the message goes
        // into the channel with the rest of its round ("nudge|community|week" for "nudge|community|week|person").
        var target = found with
        {
            FallbackChannel = community.IsTeam ? community.Channel.ConversationId : null,
            Round = key.LastIndexOf('|') is > 0 and var cut ? key[..cut] : key,
            PersonName = person.Name,
            ChannelLanguage = community.LanguageCode,
        };

        // The sender fills in the conversation when it opens the person's 1:1 chat.
        // Its buttons name the community, so that in a personal chat they act there, whichever community is current.
        var message = BotMessage.Create(target.BotId, target.ConversationId ?? string.Empty, CommunityStamp.Apply(card, community.Id), null)
            with { Conversation = null };
        return await outbox.EnqueueAsync(key, target, Serialize(message), time.GetUtcNow(), cancellationToken);
    }

    private static string Serialize(Activity message) => JsonSerializer.Serialize(message, ProtocolJson.Options);
}
