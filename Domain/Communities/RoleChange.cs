namespace CoordinatorBot.Domain.Communities;

/// <summary>The rules for who may give or take roles. Pure: the caller loads and saves.</summary>
public static class RoleChange
{
    public const int MaxMunicipalityLength = Text.TextLimits.MunicipalityName;
    public const int MaxSupplierLength = Text.TextLimits.SupplierName;

    public static bool IsCoordinator(IReadOnlyCollection<Member> members, string actorId) =>
        members.Any(m => m.AadObjectId == actorId && m.Holds(Role.Coordinator));

    /// <summary>
    /// Gives <paramref name="role"/> to <paramref name="target"/> (the current row, or null for a new member). The
    /// municipality role needs the municipality's name and the supplier role the supplier's (company) name: they
    /// decide whose onboarding steps the person may tick.
    /// </summary>
    public static (RoleChangeOutcome Outcome, Member? Result) Assign(
        IReadOnlyCollection<Member> members, string actorId, Member? target, TeamMember person, Role role, string? municipality,
        string? supplier)
    {
        if (!IsCoordinator(members, actorId))
        {
            return (RoleChangeOutcome.NotCoordinator, target);
        }

        municipality = municipality?.Trim();
        if (role == Role.Municipality && (string.IsNullOrEmpty(municipality) || municipality.Length > MaxMunicipalityLength))
        {
            return (RoleChangeOutcome.MunicipalityRequired, target);
        }

        supplier = supplier?.Trim();
        if (role == Role.Supplier && (string.IsNullOrEmpty(supplier) || supplier.Length > MaxSupplierLength))
        {
            return (RoleChangeOutcome.SupplierRequired, target);
        }

        var current = target ?? new Member(person.AadObjectId, person.Name, new HashSet<Role>(), null, person.TeamsUserId);
        var newMunicipality = role == Role.Municipality ? municipality : current.Municipality;
        var newSupplier = role == Role.Supplier ? supplier : current.Supplier;
        if (current.Holds(role) && newMunicipality == current.Municipality && newSupplier == current.Supplier)
        {
            return (RoleChangeOutcome.Unchanged, current);
        }

        var roles = new HashSet<Role>(current.Roles) { role };
        return (RoleChangeOutcome.Changed, current with
        {
            Name = person.Name,
            Roles = roles,
            Municipality = newMunicipality,
            Supplier = newSupplier,
            TeamsUserId = person.TeamsUserId ?? current.TeamsUserId,
        });
    }

    /// <summary>Takes <paramref name="role"/> from <paramref name="target"/>; the last coordinator cannot be removed.</summary>
    public static (RoleChangeOutcome Outcome, Member? Result) Remove(
        IReadOnlyCollection<Member> members, string actorId, Member? target, Role role)
    {
        if (!IsCoordinator(members, actorId))
        {
            return (RoleChangeOutcome.NotCoordinator, target);
        }

        if (target is null || !target.Holds(role))
        {
            return (RoleChangeOutcome.Unchanged, target);
        }

        if (role == Role.Coordinator && members.Count(m => m.Holds(Role.Coordinator)) <= 1)
        {
            return (RoleChangeOutcome.LastCoordinator, target);
        }

        var roles = new HashSet<Role>(target.Roles);
        roles.Remove(role);
        var municipality = role == Role.Municipality ? null : target.Municipality;
        var supplier = role == Role.Supplier ? null : target.Supplier;
        return (RoleChangeOutcome.Changed, target with { Roles = roles, Municipality = municipality, Supplier = supplier });
    }
}
