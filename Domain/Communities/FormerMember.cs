namespace CoordinatorBot.Domain.Communities;

/// <summary>
/// How a person who had their data erased appears in the records that are kept: a stable number, "Tidligere medlem 7"
/// (records are the community's, kept in Danish), with an id no Entra object id can have.
/// </summary>
public static class FormerMember
{
    public const string IdPrefix = "tidligere-medlem-";

    public static string Id(int number) => $"{IdPrefix}{number}";

    public static string Name(int number) => $"Tidligere medlem {number}";

    public static bool IsPseudonym(string id) => id.StartsWith(IdPrefix, StringComparison.Ordinal);
}
