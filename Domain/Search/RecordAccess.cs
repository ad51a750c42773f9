namespace CoordinatorBot.Domain.Search;

/// <summary>
/// Who may find, share and unfold a community's records — the one place that decides it. A person reads a community's
/// records while they hold a role in it and the community is active; nothing else counts: not the team's guests
/// without a role, not a role they held once (it ends when they leave the team), not a role in another community, and
/// never a community an invoke or a link names (it is only ever checked against the person's own roles).
/// </summary>
public static class RecordAccess
{
    /// <summary>
    /// Whether the person's own row holds a role: asked first, so that a community a link makes up is never looked up.
    /// </summary>
    public static bool HoldsRole(string? personId, Member? member) =>
        !string.IsNullOrEmpty(personId) && member is { Roles.Count: > 0 } && member.AadObjectId == personId;

    /// <param name="personId">The reader's Entra object id, from the activity.</param>
    /// <param name="community">The community as stored; null when there is none by that id.</param>
    /// <param name="member">The reader's row in that community, as stored; null when they have none.</param>
    public static bool MayRead(string? personId, Community? community, Member? member) =>
        HoldsRole(personId, member) && community is { IsActive: true };
}
