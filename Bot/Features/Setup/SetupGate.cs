namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>
/// Who may save the setup (Domain's <see cref="SetupAuthority"/>), fed with what only the bot knows: whether the actor
/// is a team owner or a guest (the team's roster, their tenant) and whether they added the bot.
/// </summary>
public sealed class SetupGate(TeamRoster roster)
{
    public async Task<SetupPermission> CheckAsync(CommunityTurn turn)
    {
        if (turn.HasCoordinator)
        {
            return SetupAuthority.MaySave(turn.Members, turn.ActorId, isTeamOwner: false, isInstaller: false, isGuest: false);
        }

        var community = turn.Community;
        var isInstaller = turn.ActorId is { Length: > 0 } actor && community.InstalledBy == actor;
        // The roster is asked even for the person who added the bot: a guest may have added it, and a guest's
        // activities carry the team's own tenant.
        var person = await roster.FindAsync(community, turn.ActorId, turn.CancellationToken);
        var otherTenant = (person?.TenantId ?? turn.Activity.TenantId) is { Length: > 0 } tenant && tenant != community.TenantId;
        return SetupAuthority.MaySave(turn.Members, turn.ActorId, isTeamOwner: person?.IsOwner == true,
            isInstaller, isGuest: person?.IsGuest == true || otherTenant);
    }

    public static string Refusal(Texts texts, SetupPermission permission) => permission switch
    {
        SetupPermission.Guest => texts.SetupGuest,
        SetupPermission.NotOwnerOrInstaller => texts.SetupOwnerOrInstaller,
        _ => texts.SetupNotAllowed,
    };
}
