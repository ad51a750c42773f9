namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// Who holds which role in a community. Read once a turn and kept for a few seconds on this instance; every change of
/// roles goes through here, with its history, so that this instance never answers from what it has itself changed.
/// </summary>
public sealed class CommunityMembers(MemberStore store, TimeProvider time, IOptions<CommunityOptions> options)
{
    private readonly RecentReads<IReadOnlyList<Member>> _read = new(time, () => options.Value.MembersCacheFor);

    public Task<IReadOnlyList<Member>> ListAsync(string communityId, CancellationToken cancellationToken) =>
        _read.GetAsync(communityId, () => store.ListAsync(communityId, cancellationToken));

    /// <summary>Changes one person's roles and records the change in the roles' history (see <see cref="MemberStore.ChangeRolesAsync"/>).</summary>
    public async Task<Member?> ChangeRolesAsync(string communityId, string aadObjectId, Func<Member?, Member?> change, string byName,
        CancellationToken cancellationToken)
    {
        try
        {
            return await store.ChangeRolesAsync(communityId, aadObjectId, change, byName, time.GetUtcNow(), cancellationToken);
        }
        finally
        {
            _read.Forget(communityId);
        }
    }

    /// <summary>
    /// Changes one person's roles by a rule of <see cref="RoleChange"/>, stored only when its outcome is
    /// <see cref="RoleChangeOutcome.Changed"/>: the outcome, the person as stored before, and as saved.
    /// </summary>
    public async Task<(RoleChangeOutcome Outcome, Member? Before, Member? Saved)> ApplyRoleChangeAsync(string communityId, string aadObjectId,
        Func<Member?, (RoleChangeOutcome Outcome, Member? Result)> rule, string byName, CancellationToken cancellationToken)
    {
        var outcome = RoleChangeOutcome.Unchanged;
        Member? before = null;
        var saved = await ChangeRolesAsync(communityId, aadObjectId, current =>
        {
            before = current;
            (outcome, var next) = rule(current);
            return outcome == RoleChangeOutcome.Changed ? next : null;
        }, byName, cancellationToken);
        return (outcome, before, saved);
    }

    /// <summary>The person left the team or was removed: their roles end, kept in the history with who and when.</summary>
    public async Task<Member?> EndMembershipAsync(string communityId, string aadObjectId, string byName, CancellationToken cancellationToken)
    {
        try
        {
            return await store.EndMembershipAsync(communityId, aadObjectId, byName, time.GetUtcNow(), cancellationToken);
        }
        finally
        {
            _read.Forget(communityId);
        }
    }
}
