namespace CoordinatorBot.Domain.Communities;

/// <summary>Whether a coordinator may have a former member's data erased, and if not, why.</summary>
public enum ErasurePermission
{
    Allowed,
    NotCoordinator,
    NeverMemberHere,
    StillMember,
    StillInTeam,

    /// <summary>The id is a pseudonym: that person's data was erased already.</summary>
    AlreadyErased,
}
