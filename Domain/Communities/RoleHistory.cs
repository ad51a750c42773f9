namespace CoordinatorBot.Domain.Communities;

/// <summary>The history entries that a change of a person's roles makes. Pure: the store writes them with the change.</summary>
public static class RoleHistory
{
    /// <summary>
    /// What changed from <paramref name="before"/> to <paramref name="after"/> (null: no row, e.g. the person left):
    /// each role gained is granted, each role lost is ended, and a municipality or supplier role moved to another
    /// organisation is ended for the old one and granted for the new one.
    /// </summary>
    public static IReadOnlyList<RoleHistoryEntry> Between(Member? before, Member? after, string byName, DateTimeOffset at)
    {
        var person = after ?? before;
        if (person is null)
        {
            return [];
        }

        var entries = new List<RoleHistoryEntry>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var had = before?.Holds(role) == true;
            var has = after?.Holds(role) == true;
            var oldOrganisation = had ? OrganisationOf(before!, role) : null;
            var newOrganisation = has ? OrganisationOf(after!, role) : null;
            if (had && (!has || oldOrganisation != newOrganisation))
            {
                entries.Add(new RoleHistoryEntry(person.AadObjectId, person.Name, role, oldOrganisation, RoleHistoryChange.Ended, byName, at));
            }

            if (has && (!had || oldOrganisation != newOrganisation))
            {
                entries.Add(new RoleHistoryEntry(person.AadObjectId, person.Name, role, newOrganisation, RoleHistoryChange.Granted, byName, at));
            }
        }

        return entries;
    }

    private static string? OrganisationOf(Member member, Role role) => role switch
    {
        Role.Municipality => member.Municipality,
        Role.Supplier => member.Supplier,
        _ => null,
    };
}
