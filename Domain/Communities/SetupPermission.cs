namespace CoordinatorBot.Domain.Communities;

/// <summary>Whether a person may save the community's setup, and if not, why.</summary>
public enum SetupPermission
{
    Allowed,

    /// <summary>A guest in the team's tenant never becomes coordinator by saving the first setup.</summary>
    Guest,

    /// <summary>Before there is a coordinator, only a team owner or the person who added the bot may save.</summary>
    NotOwnerOrInstaller,

    /// <summary>Once there is a coordinator, setup is the coordinator's.</summary>
    NotCoordinator,
}
