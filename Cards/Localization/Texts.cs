using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Cards.Localization;

/// <summary>
/// Every text a person reads, in one language. Each feature's texts live in Cards/&lt;Feature&gt;/&lt;Feature&gt;Texts.resx
/// (Danish, the default) and its .en.resx (English), the shared words in Cards/Localization/Texts.resx; the build
/// generates a member of this class for each key (Generators/), and the body of each <see cref="TextPerValueAttribute"/>
/// method, which names an enum's values. What is written here by hand computes: dates, counts, and the texts that
/// choose their key by other rules.
/// </summary>
public sealed partial class Texts
{
    private readonly CultureInfo _culture;

    public Texts(Language language)
    {
        Language = language;
        _culture = language.Culture();
    }

    public Language Language { get; }

    /// <summary>The bot's name when Teams does not say it.</summary>
    public const string DefaultBotName = "CoordinatorBot";

    public CultureInfo Culture => _culture;

    /// <summary>
    /// The words that start a command, the first being the one shown in help: "Command{id}Words" in the command's
    /// feature's texts (TextsTests checks that every command has them).
    /// </summary>
    public IReadOnlyList<string> CommandWords(string commandId) => Lookup($"Command{commandId}Words").Split('|');

    public string CommandDescription(string commandId) => Lookup($"Command{commandId}Description");

    [TextPerValue] public partial string RoleName(Role role);

    public string RoleName(Role role, string? municipality) =>
        role == Role.Municipality && !string.IsNullOrEmpty(municipality) ? RoleMunicipalityOf(Municipalities.OfficialName(municipality)) : RoleName(role);

    /// <summary>The role as this member holds it: with their municipality or their supplier where the role has one.</summary>
    public string RoleName(Role role, Member member) => role switch
    {
        Role.Municipality when !string.IsNullOrEmpty(member.Municipality) => RoleMunicipalityOf(Municipalities.OfficialName(member.Municipality)),
        Role.Supplier when !string.IsNullOrEmpty(member.Supplier) => RoleSupplierOf(member.Supplier),
        _ => RoleName(role),
    };

    /// <summary>
    /// The role as a sentence says someone holds it: "medlem af styregruppen", "leverandør (Magenta ApS)",
    /// "kontaktperson for Aarhus Kommune" — for "Megan Bowen er nu …".
    /// </summary>
    public string RoleHeld(Role role, string? municipality, string? supplier) => role switch
    {
        Role.Municipality when !string.IsNullOrEmpty(municipality) => RoleHeldMunicipalityOf(
            Municipalities.Find(municipality).Municipality is { } known ? Municipalities.OfficialName(known) : municipality),
        Role.Supplier when !string.IsNullOrEmpty(supplier) => RoleHeldSupplierOf(supplier),
        _ => RoleHeldName(role),
    };

    [TextPerValue] public partial string RoleHeldName(Role role);

    /// <summary>A time zone of <c>SetupCard.TimeZones</c> by its city: "Europe/Copenhagen" is "Copenhagen".</summary>
    public string TimeZoneName(string timeZoneId) => TimeZoneCity(timeZoneId.Split('/')[^1]);

    public string TimeZoneCity(string city) => city switch
    {
        "Copenhagen" => TimeZoneCopenhagen, "Faroe" => TimeZoneFaroe, "Nuuk" => TimeZoneNuuk,
        _ => throw new KeyNotFoundException($"No text for {city}."),
    };

    /// <summary>A language's name as its speakers write it ("Dansk", "English"), the same in both languages.</summary>
    public string LanguageName(string code) => code switch
    {
        "da" => LanguageName_da, "en" => LanguageName_en,
        _ => throw new KeyNotFoundException($"No text for {code}."),
    };

    /// <summary>The words that answer a question or a command's argument (e.g. "DialogCancelWords"), by their key.</summary>
    public IReadOnlyList<string> Words(string key) => WordsText(key).Split('|');

    public string WordsText(string key) => key switch
    {
        "DialogCancelWords" => DialogCancelWords, "DialogBackWords" => DialogBackWords,
        "LanguageWordsDanish" => LanguageWordsDanish, "LanguageWordsEnglish" => LanguageWordsEnglish,
        "WishFilterReadyWords" => WishFilterReadyWords, "NudgeWordsPause" => NudgeWordsPause,
        "NudgeWordsResume" => NudgeWordsResume, "NudgeWordsAway" => NudgeWordsAway, "NudgeWordsOff" => NudgeWordsOff,
        "NudgeWordsOn" => NudgeWordsOn,
        _ => throw new KeyNotFoundException($"No text for {key}."),
    };

    /// <summary>A moment as the reader's clock shows it in the community's time zone: "fredag den 4. december 2026 kl. 12:00".</summary>
    public string DateTime(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).ToString(DateTimeFormat, _culture);

    public string Date(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).ToString(DateFormat, _culture);

    /// <summary>A day as this language writes a date: "27. november 2026".</summary>
    public string Day(DateOnly day) => day.ToString(DateFormat, _culture);

    public string Date(DateOnly day) => day.ToString(DateFormat, _culture);

    /// <summary>A time of day in this language's one written form: "kl. 08.00", "08:00".</summary>
    public string Clock(TimeOnly time) =>
        Language == Language.Danish ? Domain.Input.DanishTime.Format(time) : time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>
    /// A count with its word in the right number, the one place for singular and plural: "1 beslutning",
    /// "2 beslutninger", "1 time", "7,5 timer" (only exactly one is singular).
    /// </summary>
    public string Count(decimal count, Unit unit)
    {
        var (one, other) = unit switch
        {
            Unit.Hour => (UnitHourOne, UnitHourOther), Unit.Day => (UnitDayOne, UnitDayOther),
            Unit.Decision => (UnitDecisionOne, UnitDecisionOther), Unit.Comment => (UnitCommentOne, UnitCommentOther),
            Unit.Municipality => (UnitMunicipalityOne, UnitMunicipalityOther), Unit.OfficeDay => (UnitOfficeDayOne, UnitOfficeDayOther),
            Unit.Person => (UnitPersonOne, UnitPersonOther), Unit.Item => (UnitItemOne, UnitItemOther),
            Unit.NewWish => (UnitNewWishOne, UnitNewWishOther), Unit.Meeting => (UnitMeetingOne, UnitMeetingOther),
            Unit.Week => (UnitWeekOne, UnitWeekOther), Unit.Step => (UnitStepOne, UnitStepOther),
            Unit.Occasion => (UnitOccasionOne, UnitOccasionOther), Unit.Entry => (UnitEntryOne, UnitEntryOther),
            _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
        };
        return $"{Number(count)} {(count == 1 ? one : other)}";
    }

    /// <summary>Formats a decimal the way the reader writes numbers (7,5 in Danish; 7.5 in English).</summary>
    public string Number(decimal value) => value.ToString("0.##", _culture);

    /// <summary>A word quoted as this language does: »hjælp« in Danish, "help" in English.</summary>
    public string Quote(string text) => Language == Language.Danish ? $"»{text}«" : $"\"{text}\"";

    /// <summary>"A, B og C": all of them.</summary>
    public string JoinList(IEnumerable<string> items) => Join(items, ListAnd);

    /// <summary>"A, B eller C": one of them.</summary>
    public string JoinAlternatives(IEnumerable<string> items) => Join(items, ListOr);

    private static string Join(IEnumerable<string> items, string last)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} {last} {list[^1]}",
        };
    }

    /// <summary>A text whose key is data (a command's id), from whichever texts file holds it.</summary>
    internal string Lookup(string key) =>
        Files.Select(f => f.Resources.GetString(key, _culture)).FirstOrDefault(t => t is not null)
        ?? throw new KeyNotFoundException($"No text '{key}' for {_culture.Name}.");
}
