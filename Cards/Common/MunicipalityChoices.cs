using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Common;

/// <summary>
/// The municipalities as choices of a list one can type to filter. Teams filters by the choice's title, so a title
/// carries the other spellings people still type beside the official name: "Aarhus Kommune (Århus)", "Københavns Kommune
/// (København, Kjøbenhavn, Copenhagen)".
/// </summary>
internal static class MunicipalityChoices
{
    public static string Title(string municipality) =>
        Municipalities.OtherNamesOf(municipality) is { Count: > 0 } others
            ? $"{Municipalities.OfficialName(municipality)} ({string.Join(", ", others)})"
            : Municipalities.OfficialName(municipality);

    /// <summary>Choices whose value is the municipality's stored name ("Aarhus").</summary>
    public static IReadOnlyList<Choice> ByName(IEnumerable<string> municipalities) =>
        [.. municipalities.Select(m => new Choice(Title(m), m))];

    /// <summary>Choices whose value is the official name ("Aarhus Kommune"), as a role holds it.</summary>
    public static IReadOnlyList<Choice> ByOfficialName(IEnumerable<string> municipalities) =>
        [.. municipalities.Select(m => new Choice(Title(m), Municipalities.OfficialName(m)))];
}
