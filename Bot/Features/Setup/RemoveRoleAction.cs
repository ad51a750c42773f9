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
        var all = turn.Members;
        var actor = turn.ActorId!;

        var parts = input.Text(RolesCard.AssignmentInput)?.Split(RolesCard.AssignmentSeparator);
        if (parts is not [{ Length: > 0 } personId, var roleName] || !Enum.TryParse<Role>(roleName, out var role) ||
            !Enum.IsDefined(role))
        {
            return await roles.ComposeAsync(turn, new Notice(texts.RolesAssignmentError, true));
        }

        var outcome = RoleChangeOutcome.Unchanged;
        Member? before = null;
        await members.ChangeRolesAsync(community.Id, personId, current =>
        {
            before = current;
            (outcome, var next) = RoleChange.Remove(all, actor, current, role);
            return outcome == RoleChangeOutcome.Changed ? next : null;
        }, turn.ActorName, turn.CancellationToken);

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
