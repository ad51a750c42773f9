using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Communities;

/// <summary>Where a proactive message to a person goes: their stored 1:1 chat, or a new one opened through the team.</summary>
public sealed class ProactiveTargets(PersonalConversationStore personal)
{
    /// <summary>The language the person's Teams speaks, as their 1:1 chat last told; Danish when it is not known.</summary>
    public async Task<Language> LanguageAsync(Community community, Member person, CancellationToken cancellationToken) =>
        LanguageExtensions.FromLocale((await personal.GetAsync(community.TenantId, person.AadObjectId, cancellationToken))?.LanguageCode)
        ?? Language.Danish;

    public async Task<OutboxTarget?> ForAsync(Community community, Member person, CancellationToken cancellationToken)
    {
        if (await personal.GetAsync(community.TenantId, person.AadObjectId, cancellationToken) is { IsActive: true } chat)
        {
            return new OutboxTarget(chat.Address.ServiceUrl, chat.TenantId, chat.Address.BotId, chat.Address.ConversationId, chat.UserId);
        }

        return person.TeamsUserId is { } userId
            ? new OutboxTarget(community.Channel.ServiceUrl, community.TenantId, community.Channel.BotId, null, userId)
            : null;
    }
}
