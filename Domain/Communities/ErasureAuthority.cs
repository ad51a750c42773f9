namespace CoordinatorBot.Domain.Communities;

/// <summary>
/// Who may have a person's data erased. Everyone may erase their own (no role needed). For someone else, only the
/// coordinator of a community the person has left: they once held a role there (the roles' history says so), hold no
/// role in any community now, and are no longer on the team's roster — so no one can be erased while they still take
/// part, nor by a coordinator of a community they never belonged to.
/// </summary>
public static class ErasureAuthority
{
    public static ErasurePermission MayEraseFormerMember(IReadOnlyCollection<Member> members, string? actorId, string targetId,
        IReadOnlyCollection<RoleHistoryEntry> targetHistoryHere, bool targetHoldsAnyRole, bool targetOnRoster)
    {
        if (string.IsNullOrEmpty(actorId) || !RoleChange.IsCoordinator(members, actorId))
        {
            return ErasurePermission.NotCoordinator;
        }

        // A pseudonym's history is still "a former member's": erasing it again would renumber it (and, by its text,
        // others whose number starts with it).
        if (FormerMember.IsPseudonym(targetId))
        {
            return ErasurePermission.AlreadyErased;
        }

        if (!targetHistoryHere.Any(e => e.AadObjectId == targetId))
        {
            return ErasurePermission.NeverMemberHere;
        }

        if (targetHoldsAnyRole)
        {
            return ErasurePermission.StillMember;
        }

        return targetOnRoster ? ErasurePermission.StillInTeam : ErasurePermission.Allowed;
    }
}
