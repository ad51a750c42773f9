namespace CoordinatorBot.Storage.People;

/// <summary>
/// What a table holds about people and what becomes of a person's rows when they ask to be forgotten: rows that serve
/// only them are erased; rows that are the community's record (decisions, votes, minutes, history) are kept with the
/// person replaced by their pseudonym, so tallies and history stay right.
/// </summary>
/// <param name="HoldsPeople">False for tables that hold no one's identity; they are neither exported nor scanned.</param>
/// <param name="Erases">Given a row of the person and the person's key form, whether the row goes (else it is pseudonymised).</param>
/// <param name="Why">Why the table holds what it holds, for the reader of the code and of the export.</param>
public sealed record TableTreatment(bool HoldsPeople, Func<TableEntity, string, bool> Erases, string Why)
{
    public static TableTreatment NoPeople(string why) => new(false, static (_, _) => false, why);

    public static TableTreatment Erase(string why) => new(true, static (_, _) => true, why);

    public static TableTreatment Pseudonymise(string why) => new(true, static (_, _) => false, why);

    /// <summary>The person's own row (its key <paramref name="rowPrefix"/> and the person's key form) goes; the rest is pseudonymised.</summary>
    public static TableTreatment EraseOwnRow(string rowPrefix, string why) => new(true, (row, person) => row.RowKey == rowPrefix + person, why);
}
