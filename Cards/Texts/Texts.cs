using System.Globalization;
using System.Resources;
using System.Runtime.CompilerServices;
using CoordinatorBot.Domain.Communities;

namespace CoordinatorBot.Cards.Texts;

/// <summary>
/// Every text a person reads, in one language. The texts live in Texts.resx (Danish, the default) and
/// Texts.en.resx (English); a property's name is its resource key.
/// </summary>
public sealed class Texts
{
    private static readonly ResourceManager Resources = new("CoordinatorBot.Cards.Texts.Texts", typeof(Texts).Assembly);

    private readonly CultureInfo _culture;

    public Texts(Language language)
    {
        Language = language;
        _culture = language.Culture();
    }

    public Language Language { get; }

    public CultureInfo Culture => _culture;

    /// <summary>The words that start a command, the first being the one shown in help.</summary>
    public IReadOnlyList<string> CommandWords(string commandId) => Lookup($"Command{commandId}Words").Split('|');

    public string CommandDescription(string commandId) => Lookup($"Command{commandId}Description");

    public string RoleName(Role role) => Lookup($"Role{role}");

    public string RoleName(Role role, string? municipality) =>
        role == Role.Municipality && !string.IsNullOrEmpty(municipality) ? RoleMunicipalityOf(municipality) : RoleName(role);

    public string TimeZoneName(string timeZoneId) => Lookup($"TimeZone{timeZoneId.Split('/')[^1]}");

    /// <summary>"a, b og c" / "a, b and c".</summary>
    public string JoinList(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} {ListAnd} {list[^1]}",
        };
    }

    /// <summary>Formats a decimal the way the reader writes numbers (7,5 in Danish; 7.5 in English).</summary>
    public string Number(decimal value) => value.ToString("0.##", _culture);

    public string RoleMunicipalityOf(object arg0) => Format(arg0);
    public string WelcomeTitle => Get();
    public string WelcomeIntro(object arg0) => Format(arg0);
    public string WelcomeProductFallback => Get();
    public string WelcomeDecisions => Get();
    public string WelcomeOnboarding => Get();
    public string WelcomePriorities => Get();
    public string WelcomeNextStep => Get();
    public string WelcomePersonal => Get();
    public string ButtonSetup => Get();
    public string ButtonHelp => Get();
    public string ButtonRoles => Get();
    public string HelpTitle => Get();
    public string HelpIntro => Get();
    public string HelpYourRoles(object arg0) => Format(arg0);
    public string HelpNoRoles => Get();
    public string HelpPersonalNote => Get();
    public string UnknownCommand(object arg0) => Format(arg0);
    public string UnknownDidYouMean(object arg0) => Format(arg0);
    public string UnknownEmpty => Get();
    public string SetupTitle => Get();
    public string SetupIntro => Get();
    public string SetupProductNameLabel => Get();
    public string SetupProductNameError => Get();
    public string SetupTimeZoneLabel => Get();
    public string SetupTimeZoneError => Get();
    public string SetupHourBudgetLabel => Get();
    public string SetupHourBudgetError => Get();
    public string SetupSave => Get();
    public string SetupSavedTitle => Get();
    public string SetupSavedCoordinator => Get();
    public string SetupNotAllowed => Get();
    public string SetupInvalid => Get();
    public string FactProduct => Get();
    public string FactTimeZone => Get();
    public string FactHourBudget => Get();
    public string FactCoordinator => Get();
    public string HoursPerWeek(object arg0) => Format(arg0);
    public string RolesTitle(object arg0) => Format(arg0);
    public string RolesNone => Get();
    public string RolesAssignTitle => Get();
    public string RolesPersonLabel => Get();
    public string RolesPersonError => Get();
    public string RolesRoleLabel => Get();
    public string RolesRoleError => Get();
    public string RolesMunicipalityLabel => Get();
    public string RolesAssign => Get();
    public string RolesRemoveTitle => Get();
    public string RolesAssignmentLabel => Get();
    public string RolesAssignmentError => Get();
    public string RolesRemove => Get();
    public string RolesAssigned(object arg0, object arg1) => Format(arg0, arg1);
    public string RolesRemoved(object arg0, object arg1) => Format(arg0, arg1);
    public string RolesUnchanged(object arg0) => Format(arg0);
    public string RolesNotCoordinator => Get();
    public string RolesMunicipalityRequired => Get();
    public string RolesLastCoordinator => Get();
    public string RolesUnknownPerson => Get();
    public string RolesReadOnlyNote => Get();
    public string CommunityNotSetUp => Get();
    public string ErrorGeneric => Get();
    public string ErrorNeedsCommunity => Get();
    public string ErrorCardOutdated => Get();
    public string RefusalRole(object arg0) => Format(arg0);
    public string ListAnd => Get();

    internal string Lookup(string key) =>
        Resources.GetString(key, _culture) ?? throw new KeyNotFoundException($"No text '{key}' for {_culture.Name}.");

    private string Get([CallerMemberName] string key = "") => Lookup(key);

    private string Format(object arg0, [CallerMemberName] string key = "") =>
        string.Format(_culture, Lookup(key), arg0);

    private string Format(object arg0, object arg1, [CallerMemberName] string key = "") =>
        string.Format(_culture, Lookup(key), arg0, arg1);
}
