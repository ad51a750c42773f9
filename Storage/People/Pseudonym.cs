namespace CoordinatorBot.Storage.People;

/// <summary>
/// What stands for a forgotten person in the records that must be kept: a number, stable per person, shown as
/// "Tidligere medlem 7".
/// </summary>
public sealed record Pseudonym(int Number)
{
    /// <summary>What replaces the person's object id (and Teams id) in the kept rows.</summary>
    public string Id => FormerMember.Id(Number);

    /// <summary>What replaces their name: records are the community's, kept in Danish.</summary>
    public string Name => FormerMember.Name(Number);
}
