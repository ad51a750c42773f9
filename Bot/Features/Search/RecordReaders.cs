using CoordinatorBot.Domain.Search;

namespace CoordinatorBot.Bot.Features.Search;

/// <summary>
/// Who is asking, in which language, and which communities' records they may read. The person is the activity's
/// <c>from.aadObjectId</c>; what the invoke or a link says about a community is only ever checked against their roles
/// (<see cref="RecordAccess"/>), never taken as a permission.
/// </summary>
public sealed class RecordReaders(MemberStore members, CommunityDirectory directory)
{
    /// <summary>Every community the person may read, by name (one scan of the members table by the person's id).</summary>
    public async Task<IReadOnlyList<ReadableCommunity>> CommunitiesAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } person)
        {
            return [];
        }

        var readable = new List<ReadableCommunity>();
        foreach (var (communityId, member) in await members.MembershipsOfAsync(person, cancellationToken))
        {
            if (RecordAccess.HoldsRole(person, member) && await directory.GetAsync(communityId, cancellationToken) is { } community &&
                RecordAccess.MayRead(person, community, member))
            {
                readable.Add(new ReadableCommunity(community, member));
            }
        }

        return [.. readable.OrderBy(r => r.Community.DisplayName, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>
    /// The community a link names, when the person may read it; null otherwise — whether it does not exist or they hold
    /// no role there is not told apart. Their own row is read first (one point read), so a made-up community costs one
    /// read and is remembered nowhere.
    /// </summary>
    public async Task<ReadableCommunity?> CommunityAsync(Activity activity, string communityId, CancellationToken cancellationToken)
    {
        var person = activity.From?.AadObjectId;
        var member = string.IsNullOrEmpty(person) ? null : await members.GetAsync(communityId, person, cancellationToken);
        if (!RecordAccess.HoldsRole(person, member))
        {
            return null;
        }

        var community = await directory.GetAsync(communityId, cancellationToken);
        return RecordAccess.MayRead(person, community, member) ? new ReadableCommunity(community!, member!) : null;
    }

    /// <summary>The person's own language, by the personal chat's rule (<see cref="CommunityDirectory.PersonalLanguageAsync"/>).</summary>
    public Task<Language> LanguageAsync(Activity activity, CancellationToken cancellationToken) =>
        directory.PersonalLanguageAsync(activity.TenantId, activity.From?.AadObjectId, activity.Locale, null, cancellationToken);
}
