namespace CoordinatorBot.Domain.Communities;

/// <summary>
/// Who may save the community's setup. The first save makes its author coordinator, so until a coordinator exists it
/// is kept to the people who already run the team: a team owner (the roster's <c>userRole</c>) or the person who
/// added the bot — never a guest. Afterwards only a coordinator (who may be a guest the coordinator made so).
/// </summary>
public static class SetupAuthority
{
    public static SetupPermission MaySave(IReadOnlyCollection<Member> members, string? actorId, bool isTeamOwner, bool isInstaller,
        bool isGuest)
    {
        if (members.Any(m => m.Holds(Role.Coordinator)))
        {
            return !string.IsNullOrEmpty(actorId) && RoleChange.IsCoordinator(members, actorId)
                ? SetupPermission.Allowed
                : SetupPermission.NotCoordinator;
        }

        if (string.IsNullOrEmpty(actorId))
        {
            return SetupPermission.NotOwnerOrInstaller;
        }

        if (isGuest)
        {
            return SetupPermission.Guest;
        }

        return isTeamOwner || isInstaller ? SetupPermission.Allowed : SetupPermission.NotOwnerOrInstaller;
    }
}
