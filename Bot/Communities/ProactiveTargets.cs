using CoordinatorBot.Cards.Localization;
using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Communities;
using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Communities;

/// <summary>Where a proactive message to a person goes: their stored 1:1 chat, or a new one opened through the team.</summary>
public sealed class ProactiveTargets(PersonalConversationStore personal, CommunityDirectory directory)
{
    /// <summary>
    /// The language of a message to the person's personal chat, by the rule of their chat's answers: their choice, else
    /// their communities' one language, else the locale their chat last told; Danish when nothing says.
    /// </summary>
    public async Task<Language> LanguageAsync(Community community, Member person, CancellationToken cancellationToken)
    {
        var chat = await personal.GetAsync(community.TenantId, person.AadObjectId, cancellationToken);
        if (LanguageExtensions.FromLocale(chat?.ChosenLanguage) is { } chosen)
        {
            return chosen;
        }

        var held = await directory.CommunitiesOfAsync(community.TenantId, person.AadObjectId, cancellationToken);
        return LanguageExtensions.ForPerson(held.Count > 0 ? held.Select(c => c.LanguageOf()) : [community.LanguageOf()], chat?.Locale);
    }

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
