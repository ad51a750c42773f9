namespace CoordinatorBot.Domain.Onboarding;

/// <summary>
/// Denmark's 98 municipalities as DAGI (Danmarks Administrative Geografiske Inddeling) and Danmarks Statistik name
/// them, and finding one in what a person typed: case, accents, typos and the common other spellings forgiven ("Århus",
/// "Kjøbenhavn", "Høje Taastrup", "Copenhagen"). A municipality is stored by its name: the official name without
/// "Kommune" ("Københavns", "Aarhus"; "Bornholms" for Bornholms Regionskommune).
/// </summary>
public static class Municipalities
{
    private const string Suffix = " Kommune";
    private const string RegionalSuffix = " Regionskommune";

    /// <summary>The 98 official names, in the alphabetical order of Danmarks Statistik's list.</summary>
    public static IReadOnlyList<string> OfficialNames { get; } =
    [
        "Albertslund Kommune", "Allerød Kommune", "Assens Kommune", "Ballerup Kommune", "Billund Kommune", "Bornholms Regionskommune",
        "Brøndby Kommune", "Brønderslev Kommune", "Dragør Kommune", "Egedal Kommune", "Esbjerg Kommune", "Fanø Kommune",
        "Favrskov Kommune", "Faxe Kommune", "Fredensborg Kommune", "Fredericia Kommune", "Frederiksberg Kommune",
        "Frederikshavn Kommune", "Frederikssund Kommune", "Furesø Kommune", "Faaborg-Midtfyn Kommune", "Gentofte Kommune",
        "Gladsaxe Kommune", "Glostrup Kommune", "Greve Kommune", "Gribskov Kommune", "Guldborgsund Kommune", "Haderslev Kommune",
        "Halsnæs Kommune", "Hedensted Kommune", "Helsingør Kommune", "Herlev Kommune", "Herning Kommune", "Hillerød Kommune",
        "Hjørring Kommune", "Holbæk Kommune", "Holstebro Kommune", "Horsens Kommune", "Hvidovre Kommune", "Høje-Taastrup Kommune",
        "Hørsholm Kommune", "Ikast-Brande Kommune", "Ishøj Kommune", "Jammerbugt Kommune", "Kalundborg Kommune", "Kerteminde Kommune",
        "Kolding Kommune", "Københavns Kommune", "Køge Kommune", "Langeland Kommune", "Lejre Kommune", "Lemvig Kommune",
        "Lolland Kommune", "Lyngby-Taarbæk Kommune", "Læsø Kommune", "Mariagerfjord Kommune", "Middelfart Kommune", "Morsø Kommune",
        "Norddjurs Kommune", "Nordfyns Kommune", "Nyborg Kommune", "Næstved Kommune", "Odder Kommune", "Odense Kommune",
        "Odsherred Kommune", "Randers Kommune", "Rebild Kommune", "Ringkøbing-Skjern Kommune", "Ringsted Kommune", "Roskilde Kommune",
        "Rudersdal Kommune", "Rødovre Kommune", "Samsø Kommune", "Silkeborg Kommune", "Skanderborg Kommune", "Skive Kommune",
        "Slagelse Kommune", "Solrød Kommune", "Sorø Kommune", "Stevns Kommune", "Struer Kommune", "Svendborg Kommune",
        "Syddjurs Kommune", "Sønderborg Kommune", "Thisted Kommune", "Tønder Kommune", "Tårnby Kommune", "Vallensbæk Kommune",
        "Varde Kommune", "Vejen Kommune", "Vejle Kommune", "Vesthimmerlands Kommune", "Viborg Kommune", "Vordingborg Kommune",
        "Ærø Kommune", "Aabenraa Kommune", "Aalborg Kommune", "Aarhus Kommune",
    ];

    /// <summary>Each municipality's name as stored: its official name without "Kommune" (or "Regionskommune").</summary>
    public static IReadOnlyList<string> All { get; } = [.. OfficialNames.Select(StoredName)];

    /// <summary>
    /// Spellings people still write: an older name or spelling, the name without its genitive or hyphen, the English
    /// name. Each finds its municipality, and a list one can type to filter shows them beside the official name.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> OtherNames { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["Aabenraa"] = ["Åbenrå"],
        ["Aalborg"] = ["Ålborg"],
        ["Aarhus"] = ["Århus"],
        ["Bornholms"] = ["Bornholm"],
        ["Brønderslev"] = ["Brønderslev-Dronninglund"],
        ["Faaborg-Midtfyn"] = ["Fåborg-Midtfyn"],
        ["Helsingør"] = ["Elsinore"],
        ["Høje-Taastrup"] = ["Høje Taastrup", "Høje-Tåstrup"],
        ["Københavns"] = ["København", "Kjøbenhavn", "Copenhagen"],
        ["Lyngby-Taarbæk"] = ["Lyngby", "Kongens Lyngby"],
        ["Nordfyns"] = ["Nordfyn"],
        ["Tårnby"] = ["Taarnby"],
        ["Vesthimmerlands"] = ["Vesthimmerland"],
    };

    // Every name and other spelling by its key, to the municipality's stored name.
    private static readonly Dictionary<string, string> ByKey = Keys();

    // A stored name is what lists of supports and contacts hold: found at once, without folding it.
    private static readonly Dictionary<string, string> OfficialByStored =
        All.Zip(OfficialNames).ToDictionary(pair => pair.First, pair => pair.Second, StringComparer.Ordinal);

    /// <summary>"Aarhus Kommune", "aarhus", "Århus kommune" and "Arhus" all find Aarhus; a typo yields suggestions.</summary>
    public static MunicipalityMatch Find(string? typed)
    {
        var wanted = Key(typed ?? string.Empty);
        if (wanted.Length == 0)
        {
            return new MunicipalityMatch(null, []);
        }

        if (ByKey.TryGetValue(wanted, out var exact))
        {
            return new MunicipalityMatch(exact, []);
        }

        // The start of a name ("Frederiks") offers the names it begins.
        var starting = wanted.Length >= 4 ? All.Where(m => Key(m).StartsWith(wanted, StringComparison.Ordinal)).ToList() : [];
        if (starting.Count == 1)
        {
            return new MunicipalityMatch(starting[0], []);
        }

        if (starting.Count > 1)
        {
            return new MunicipalityMatch(null, [.. starting.Take(3)]);
        }

        var close = ByKey.Select(k => (Name: k.Value, Distance: EditDistance.Between(k.Key, wanted)))
            .Where(c => c.Distance <= Math.Max(1, wanted.Length / 4) + 1)
            .GroupBy(c => c.Name, StringComparer.Ordinal).Select(g => (Name: g.Key, Distance: g.Min(c => c.Distance)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3).ToList();

        // One clearly closest name (a typo, or "aa" for "å") is taken; several are offered.
        return close.Count >= 1 && close[0].Distance <= 1
            ? new MunicipalityMatch(close[0].Name, [])
            : new MunicipalityMatch(null, [.. close.Select(c => c.Name)]);
    }

    /// <summary>
    /// The official name: "Aarhus Kommune", "Københavns Kommune", "Bornholms Regionskommune". A name stored by an
    /// earlier release ("København") gives the official one too; one that is no municipality stays as it is.
    /// </summary>
    public static string OfficialName(string municipality) =>
        OfficialByStored.TryGetValue(municipality, out var official) ? official
        : ByKey.TryGetValue(Key(municipality), out var known) ? OfficialByStored[known] : municipality;

    /// <summary>The other spellings of a municipality (by its stored name); none for most.</summary>
    public static IReadOnlyList<string> OtherNamesOf(string municipality) =>
        OtherNames.TryGetValue(municipality, out var names) ? names : [];

    private static string StoredName(string official) =>
        official.EndsWith(RegionalSuffix, StringComparison.Ordinal) ? official[..^RegionalSuffix.Length]
        : official.EndsWith(Suffix, StringComparison.Ordinal) ? official[..^Suffix.Length]
        : official;

    private static Dictionary<string, string> Keys()
    {
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in All)
        {
            keys[Key(name)] = name;
        }

        // An other spelling never takes a key that a municipality's own name has.
        foreach (var (name, others) in OtherNames)
        {
            foreach (var other in others)
            {
                keys.TryAdd(Key(other), name);
            }
        }

        return keys;
    }

    // "Århus" was renamed "Aarhus"; folding spells å as aa, so both meet. The genitive's "s" and the word "Kommune" are
    // left out, and a space counts as a hyphen ("Høje Taastrup").
    private static string Key(string name)
    {
        var folded = TextFolding.Fold(name.Trim());
        foreach (var suffix in new[] { " regionskommune", " kommune" })
        {
            if (folded.EndsWith(suffix, StringComparison.Ordinal))
            {
                folded = folded[..^suffix.Length];
            }
        }

        return folded.Replace(" ", "-", StringComparison.Ordinal).Trim('-').TrimEnd('s') is { Length: > 0 } k ? k : folded;
    }
}
