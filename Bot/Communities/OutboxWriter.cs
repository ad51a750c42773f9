using System.Text.Json;
using CoordinatorBot.Bot.Protocol.Schema;
using CoordinatorBot.Cards.Model;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Communities;

/// <summary>Puts a card for one person in the outbox under an idempotent key; the outbox sender delivers it.</summary>
public sealed class OutboxWriter(OutboxStore outbox, ProactiveTargets targets, TimeProvider time)
{
    /// <summary>True when queued now; false when the key was queued before, or the person cannot be reached.</summary>
    public async Task<bool> EnqueueAsync(string key, Community community, Member person, AdaptiveCard card,
        CancellationToken cancellationToken)
    {
        if (await targets.ForAsync(community, person, cancellationToken) is not { } target)
        {
            return false;
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount { Id = target.BotId },
            Attachments = [new Attachment(AdaptiveCard.ContentType, CardJson.ToNode(card))],
        };
        return await outbox.EnqueueAsync(key, target, JsonSerializer.Serialize(activity, ProtocolJson.Options), time.GetUtcNow(), cancellationToken);
    }
}
