using CoordinatorBot.Cards.Setup;

namespace CoordinatorBot.Bot.Features.Setup;

/// <summary>Takes a role from a person. Only the coordinator may, and the last coordinator stays.</summary>
public sealed class RemoveRoleAction(CommunityMembers members, RolesReply roles)
    : CommunityFormAction(CardVerbs.RemoveRole, Role.Coordinator)
{
    protected override async Task<Reply> HandleAsync(CommunityTurn turn, CardInput input)
    {
        var community = turn.Community;
        var texts = turn.Texts;

        var parts = input.Text(RolesCard.AssignmentInput)?.Split(RolesCard.AssignmentSeparator);
        if (parts is not [{ Length: > 0 } personId, var roleName] || !Enum.TryParse<Role>(roleName, out var role) ||
            !Enum.IsDefined(role))
        {
            return await roles.ComposeAsync(turn, new Notice(texts.RolesAssignmentError, true));
        }

        var (outcome, before, _) = await members.ApplyRoleChangeAsync(community.Id, personId,
            current => RoleChange.Remove(turn.Members, turn.ActorId!, current, role), turn.ActorName, turn.CancellationToken);

        var name = before?.Name ?? personId;
        var notice = outcome switch
        {
            RoleChangeOutcome.NotCoordinator => new Notice(texts.RolesNotCoordinator, true),
            RoleChangeOutcome.Changed => new Notice(texts.RolesRemoved(name, texts.RoleHeld(role, before?.Municipality, before?.Supplier)), false),
            RoleChangeOutcome.LastCoordinator => new Notice(texts.RolesLastCoordinator, true),
            _ => new Notice(texts.RolesUnchanged(name), false),
        };
        return await roles.ComposeAsync(turn, notice, changed: outcome == RoleChangeOutcome.Changed);
    }
}
