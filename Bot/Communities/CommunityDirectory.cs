using System.Collections.Concurrent;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Finds the community an activity belongs to (its team, or its group chat), creating it when the bot meets a team
/// it was never told about, and keeps the stored service URLs current: they are stable but can change.
/// </summary>
public sealed class CommunityDirectory(CommunityStore communities, PersonalConversationStore personal, MemberStore members,
    TimeProvider time, IOptions<CommunityOptions> options)
{
    // Community rows change seldom (setup, renames); each instance keeps what it read for a few seconds.
    private readonly RecentReads<Community?> _communities = new(time, () => options.Value.CommunityCacheFor);

    // What this instance last saw stored per person (service URL and conversation), to spare a read on every message.
    private readonly ConcurrentDictionary<string, string> _personalServiceUrls = new(StringComparer.Ordinal);
    private readonly RecentReads<string?> _personalLanguages = new(time, () => options.Value.CommunityCacheFor);

    // The languages of each tenant's active communities, for people who hold no role yet.
    private readonly RecentReads<IReadOnlyList<Language>> _tenantLanguages = new(time, () => options.Value.CommunityCacheFor);


    /// <summary>
    /// The community's id: the team's id; for a shared or private channel (its events say so in channelData.channel.type)
    /// the channel's own id, which stays the same whichever team a member comes through and whether the channel is
    /// shared with or unshared from teams (the team in its activities is the host team). A group chat or a personal
    /// chat is no community.
    /// </summary>
    public static string? CommunityIdOf(Activity activity) =>
        KindOf(activity) is not ChannelKind.Team && activity.ChannelData?.Channel?.Id is { Length: > 0 } channel ? channel : activity.TeamId;

    /// <summary>What kind of channel the activity declares: a shared or private one, else (standard, or not said) the team.</summary>
    public static ChannelKind KindOf(Activity activity) => activity.ChannelData?.Channel?.Type switch
    {
        { } type when type.Equals(TeamsChannelTypes.Shared, StringComparison.OrdinalIgnoreCase) => ChannelKind.SharedChannel,
        { } type when type.Equals(TeamsChannelTypes.Private, StringComparison.OrdinalIgnoreCase) => ChannelKind.PrivateChannel,
        _ => ChannelKind.Team,
    };

    /// <summary>
    /// The community of a channel activity. Not every activity in a shared or private channel says the channel's type,
    /// so a channel other than the team's General one is looked up: if it is a community of its own, that is the one.
    /// </summary>
    public async Task<string?> CommunityIdAsync(Activity activity, CancellationToken cancellationToken)
    {
        var declared = CommunityIdOf(activity);
        if (declared is null || declared != activity.TeamId || activity.ChannelData?.Channel?.Id is not { Length: > 0 } channel ||
            channel == activity.TeamId)
        {
            return declared;
        }

        return await GetAsync(channel, cancellationToken) is { IsChannel: true } ? channel : declared;
    }

    /// <summary>
    /// Where the bot posts to the whole community: a team's General channel has the team's id. The service URL only
    /// when the Bot Connector vouched for it; otherwise none, until an activity that is vouched for brings it.
    /// </summary>
    public static ChannelAddress ChannelOf(Activity activity, string communityId) =>
        new(activity.ServiceUrlVouched ? activity.ServiceUrl! : string.Empty, communityId, activity.Recipient?.Id ?? string.Empty);

    public Community NewCommunity(Activity activity, string communityId)
    {
        var kind = communityId == activity.TeamId ? ChannelKind.Team : KindOf(activity);
        return new()
        {
            Id = communityId,
            TenantId = activity.TenantId ?? string.Empty,
            Name = (kind == ChannelKind.Team ? null : activity.ChannelData?.Channel?.Name) ??
                   activity.ChannelData?.Team?.Name ?? activity.Conversation?.Name ?? communityId,
            Channel = ChannelOf(activity, communityId),
            IsTeam = activity.TeamId is not null,
            ChannelKind = kind,
            CreatedAt = time.GetUtcNow(),
        };
    }

    /// <summary>
    /// The activity's community, created or refreshed as needed. In a personal chat it is the one active community the
    /// person holds a role in (so the nudge's buttons and the coordinator's commands work there); null when there are
    /// none or several.
    /// </summary>
    public async Task<Community?> TouchAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (await CommunityIdAsync(activity, cancellationToken) is not { } id)
        {
            if (activity.Conversation?.ConversationType != ConversationTypes.Personal)
            {
                return null;
            }

            return (await ResolvePersonalAsync(activity, null, cancellationToken)).Current;
        }

        var current = await GetAsync(id, cancellationToken);
        if (current is { IsActive: true } && KeepsServiceUrl(current, activity))
        {
            return current;
        }

        return await UpdateAsync(id, stored => stored switch
        {
            null => NewCommunity(activity, id),
            { IsActive: true } when KeepsServiceUrl(stored, activity) => null,
            _ => stored with
            {
                IsActive = true,
                Channel = KeepsServiceUrl(stored, activity) ? stored.Channel : stored.Channel with { ServiceUrl = activity.ServiceUrl! },
            },
        }, cancellationToken);
    }

    /// <summary>The community as stored, or as this instance read it moments ago.</summary>
    public Task<Community?> GetAsync(string communityId, CancellationToken cancellationToken) =>
        _communities.GetAsync(communityId, () => communities.GetAsync(communityId, cancellationToken));

    /// <summary>Changes the community with the ETag (see <see cref="CommunityStore.UpdateAsync"/>) and keeps what was saved.</summary>
    public async Task<Community?> UpdateAsync(string communityId, Func<Community?, Community?> change, CancellationToken cancellationToken)
    {
        var saved = await communities.UpdateAsync(communityId, change, cancellationToken);
        _communities.Keep(communityId, saved);
        return saved;
    }

    /// <summary>Only a service URL the Bot Connector vouched for replaces the stored one.</summary>
    private static bool KeepsServiceUrl(Community stored, Activity activity) =>
        !activity.ServiceUrlVouched || stored.Channel.ServiceUrl == activity.ServiceUrl;

    /// <summary>Whether the person holds a role in any active community of their tenant.</summary>
    public async Task<bool> HasAnyCommunityAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } person)
        {
            return false;
        }

        foreach (var communityId in await members.CommunitiesOfAsync(person, cancellationToken))
        {
            if (await GetAsync(communityId, cancellationToken) is { IsActive: true } community && community.TenantId == activity.TenantId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// In a personal chat: every active community of the person's tenant in which they hold a role, and the one this
    /// turn is about — the one a pressed card names (only if it is among them: a card's word is checked, never
    /// trusted), else the one they chose last, else their only one; none when they must choose.
    /// </summary>
    public async Task<PersonalCommunities> ResolvePersonalAsync(Activity activity, string? named, CancellationToken cancellationToken)
    {
        await TouchPersonalAsync(activity, cancellationToken);
        if (activity.From?.AadObjectId is not { Length: > 0 } person)
        {
            return PersonalCommunities.None;
        }

        var found = await CommunitiesOfAsync(activity.TenantId, person, cancellationToken);
        if (named is not null)
        {
            return new PersonalCommunities(found.FirstOrDefault(c => c.Id == named), found, named);
        }

        if (found.Count == 1)
        {
            return new PersonalCommunities(found[0], found, null);
        }

        var current = found.Count > 1 && activity.TenantId is { Length: > 0 } tenant
            ? (await personal.GetAsync(tenant, person, cancellationToken))?.CurrentCommunity
            : null;
        return new PersonalCommunities(found.FirstOrDefault(c => c.Id == current), found, null);
    }

    /// <summary>The active communities of the tenant in which the person holds a role, by name.</summary>
    public async Task<List<Community>> CommunitiesOfAsync(string? tenantId, string aadObjectId, CancellationToken cancellationToken)
    {
        var found = new List<Community>();
        foreach (var communityId in await members.CommunitiesOfAsync(aadObjectId, cancellationToken))
        {
            if (await GetAsync(communityId, cancellationToken) is { IsActive: true } community && community.TenantId == tenantId)
            {
                found.Add(community);
            }
        }

        found.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.CurrentCultureIgnoreCase));
        return found;
    }

    /// <summary>
    /// The language the bot writes to a person in their personal chat: their choice with "sprog"; else the one
    /// language their communities write (those they hold a role in; with none yet, their tenant's); else the locale of
    /// the turn in hand (not the one stored from an earlier turn); Danish when nothing says
    /// (<see cref="LanguageExtensions.ForPerson"/>).
    /// </summary>
    /// <param name="held">The person's communities when the caller has read them already.</param>
    public async Task<Language> PersonalLanguageAsync(string? tenantId, string? aadObjectId, string? locale, IReadOnlyList<Community>? held,
        CancellationToken cancellationToken)
    {
        if (tenantId is not { Length: > 0 } || aadObjectId is not { Length: > 0 })
        {
            return LanguageExtensions.ForPerson([], locale);
        }

        if (LanguageExtensions.FromLocale(await ChosenLanguageAsync(tenantId, aadObjectId, cancellationToken)) is { } chosen)
        {
            return chosen;
        }

        held ??= await CommunitiesOfAsync(tenantId, aadObjectId, cancellationToken);
        return LanguageExtensions.ForPerson(await LanguagesAroundAsync(tenantId, held, cancellationToken), locale);
    }

    /// <summary>
    /// A group chat is no community and shared by several people: the language of the writer's communities (with none,
    /// their tenant's) when they all write one, else Danish — never one person's locale.
    /// </summary>
    public async Task<Language> GroupChatLanguageAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.TenantId is not { Length: > 0 } tenant)
        {
            return Language.Danish;
        }

        var held = activity.From?.AadObjectId is { Length: > 0 } person ? await CommunitiesOfAsync(tenant, person, cancellationToken) : [];
        return LanguageExtensions.ForPerson(await LanguagesAroundAsync(tenant, held, cancellationToken), null);
    }

    private async Task<IReadOnlyList<Language>> LanguagesAroundAsync(string tenantId, IReadOnlyList<Community> held,
        CancellationToken cancellationToken)
    {
        if (held.Count > 0)
        {
            return [.. held.Select(c => c.LanguageOf())];
        }

        return await _tenantLanguages.GetAsync(tenantId, async () => [.. (await communities.ListActiveAsync(cancellationToken))
            .Where(c => c.TenantId == tenantId).Select(c => c.LanguageOf()).Distinct()]);
    }

    /// <summary>Remembers the community the person's personal chat is about; false when the bot has no chat with them.</summary>
    public async Task<bool> ChooseCurrentCommunityAsync(string tenantId, string aadObjectId, string communityId,
        CancellationToken cancellationToken) =>
        await personal.UpdateAsync(tenantId, aadObjectId,
            stored => stored is null || stored.CurrentCommunity == communityId ? null : stored with { CurrentCommunity = communityId },
            cancellationToken) is not null;

    /// <summary>Stores or refreshes the person's 1:1 conversation; true when it was new or had been uninstalled.</summary>
    public async Task<bool> TouchPersonalAsync(Activity activity, CancellationToken cancellationToken, bool installed = false)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } person || activity.TenantId is not { Length: > 0 } tenant ||
            activity.Conversation?.Id is not { } conversationId || activity.ServiceUrl is not { } serviceUrl)
        {
            return false;
        }

        var key = $"{tenant}|{person}";
        if (!installed && _personalServiceUrls.TryGetValue(key, out var seen) && seen == $"{serviceUrl}|{conversationId}")
        {
            return false;
        }

        var becameActive = false;
        await personal.UpdateAsync(tenant, person, stored =>
        {
            // Only an address the Bot Connector vouched for is stored; without one, what is stored stays.
            if (!activity.ServiceUrlVouched && stored is null)
            {
                return null;
            }

            becameActive = stored is not { IsActive: true };
            var address = activity.ServiceUrlVouched
                ? new ChannelAddress(serviceUrl, conversationId, activity.Recipient?.Id ?? string.Empty)
                : stored!.Address;
            var next = new PersonalConversation(tenant, person, activity.From.Id ?? string.Empty, activity.From.Name,
                address, activity.Locale ?? stored?.Locale, true, stored?.ChosenLanguage, stored?.CurrentCommunity);
            return next == stored ? null : next;
        }, cancellationToken);
        if (activity.ServiceUrlVouched)
        {
            _personalServiceUrls[key] = $"{serviceUrl}|{conversationId}";
        }

        return becameActive;
    }

    /// <summary>The language the person chose with "sprog", as stored; read at most every few seconds.</summary>
    private Task<string?> ChosenLanguageAsync(string tenantId, string aadObjectId, CancellationToken cancellationToken) =>
        _personalLanguages.GetAsync($"{tenantId}|{aadObjectId}",
            async () => (await personal.GetAsync(tenantId, aadObjectId, cancellationToken))?.ChosenLanguage);

    /// <summary>Keeps the language the person chose for their personal chat; false when the bot has no chat with them.</summary>
    public async Task<bool> ChoosePersonalLanguageAsync(string tenantId, string aadObjectId, string code, CancellationToken cancellationToken)
    {
        var saved = await personal.UpdateAsync(tenantId, aadObjectId, stored => stored is null ? null : stored with { ChosenLanguage = code },
            cancellationToken);
        _personalLanguages.Keep($"{tenantId}|{aadObjectId}", saved?.ChosenLanguage);
        return saved is not null;
    }

    /// <summary>Drops what this instance remembers of a person whose data was erased, so nothing of them lingers here.</summary>
    public void ForgetPerson(string? tenantId, string aadObjectId)
    {
        foreach (var key in _personalServiceUrls.Keys.Concat(_personalLanguages.Keys)
                     .Where(k => k.EndsWith($"|{aadObjectId}", StringComparison.Ordinal) && (tenantId is null || k.StartsWith($"{tenantId}|", StringComparison.Ordinal))))
        {
            _personalServiceUrls.TryRemove(key, out _);
            _personalLanguages.Forget(key);
        }
    }

    public async Task DeactivatePersonalAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is { Length: > 0 } person && activity.TenantId is { Length: > 0 } tenant)
        {
            await personal.UpdateAsync(tenant, person, stored => stored is { IsActive: true } ? stored with { IsActive = false } : null,
                cancellationToken);
            _personalServiceUrls.TryRemove($"{tenant}|{person}", out _);
        }
    }
}
