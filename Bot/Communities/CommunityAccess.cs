using CoordinatorBot.Domain.Communities;
using CoordinatorBot.Storage.Communities;

namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// The one authorization check every feature uses: does this person (their Entra object id, from the activity) hold
/// this role in this community.
/// </summary>
public sealed class CommunityAccess(MemberStore members)
{
    public async Task<bool> HoldsAsync(string communityId, string? aadObjectId, Role role, CancellationToken cancellationToken) =>
        await MemberAsync(communityId, aadObjectId, cancellationToken) is { } member && member.Holds(role);

    /// <summary>Setup is open until someone is coordinator; from then on it is the coordinator's.</summary>
    public async Task<bool> MaySetUpAsync(string communityId, string? aadObjectId, CancellationToken cancellationToken) =>
        !string.IsNullOrEmpty(aadObjectId) &&
        // Stopgap until the roster's owner/guest flags and the installer are passed in: the first save stays open.
        SetupAuthority.MaySave(await members.ListAsync(communityId, cancellationToken), aadObjectId,
            isTeamOwner: true, isInstaller: false, isGuest: false) == SetupPermission.Allowed;

    public async Task<Member?> MemberAsync(string communityId, string? aadObjectId, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(aadObjectId)
            ? null
            : await members.GetAsync(communityId, aadObjectId, cancellationToken);
}
