using CoordinatorBot.Storage.Outbox;

namespace CoordinatorBot.Bot.Communities;

/// <summary>Where a proactive message to a person goes: their stored 1:1 chat, or a new one opened through the team.</summary>
public sealed class ProactiveTargets(PersonalConversationStore personal, CommunityDirectory directory)
{
    /// <summary>
    /// The language of a message to the person's personal chat, by the rule of their chat's answers: their choice, else
    /// their communities' one language, else the locale their chat last told; Danish when nothing says.
    /// </summary>
    public async Task<Language> LanguageAsync(Community community, Member person, CancellationToken cancellationToken) =>
        await LanguageAsync(community, person, await personal.GetAsync(community.TenantId, person.AadObjectId, cancellationToken), cancellationToken);

    /// <summary>
    /// Both the language of a message to the person and where it goes, from one reading of their personal chat (a job
    /// that writes to many people reads each one's chat once).
    /// </summary>
    public async Task<PersonalReach> ReachAsync(Community community, Member person, CancellationToken cancellationToken)
    {
        var chat = await personal.GetAsync(community.TenantId, person.AadObjectId, cancellationToken);
        return new PersonalReach(await LanguageAsync(community, person, chat, cancellationToken), TargetOf(community, person, chat));
    }

    private async Task<Language> LanguageAsync(Community community, Member person, PersonalConversation? chat, CancellationToken cancellationToken)
    {
        if (LanguageExtensions.FromLocale(chat?.ChosenLanguage) is { } chosen)
        {
            return chosen;
        }

        var held = await directory.CommunitiesOfAsync(community.TenantId, person.AadObjectId, cancellationToken);
        return LanguageExtensions.ForPerson(held.Count > 0 ? held.Select(c => c.LanguageOf()) : [community.LanguageOf()], chat?.Locale);
    }

    public async Task<OutboxTarget?> ForAsync(Community community, Member person, CancellationToken cancellationToken) =>
        TargetOf(community, person, await personal.GetAsync(community.TenantId, person.AadObjectId, cancellationToken));

    private static OutboxTarget? TargetOf(Community community, Member person, PersonalConversation? found)
    {
        if (found is { IsActive: true } chat)
        {
            return new OutboxTarget(chat.Address.ServiceUrl, chat.TenantId, chat.Address.BotId, chat.Address.ConversationId, chat.UserId);
        }

        return person.TeamsUserId is { } userId
            ? new OutboxTarget(community.Channel.ServiceUrl, community.TenantId, community.Channel.BotId, null, userId)
            : null;
    }
}
