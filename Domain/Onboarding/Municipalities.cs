using CoordinatorBot.Domain.Text;

namespace CoordinatorBot.Domain.Onboarding;

/// <summary>Denmark's 98 municipalities, and finding one in what a person typed (case, accents and typos forgiven).</summary>
public static class Municipalities
{
    public static IReadOnlyList<string> All { get; } =
    [
        "Albertslund", "Allerød", "Assens", "Ballerup", "Billund", "Bornholm", "Brøndby", "Brønderslev", "Dragør", "Egedal",
        "Esbjerg", "Fanø", "Favrskov", "Faxe", "Fredensborg", "Fredericia", "Frederiksberg", "Frederikshavn", "Frederikssund",
        "Furesø", "Faaborg-Midtfyn", "Gentofte", "Gladsaxe", "Glostrup", "Greve", "Gribskov", "Guldborgsund", "Haderslev",
        "Halsnæs", "Hedensted", "Helsingør", "Herlev", "Herning", "Hillerød", "Hjørring", "Holbæk", "Holstebro", "Horsens",
        "Hvidovre", "Høje-Taastrup", "Hørsholm", "Ikast-Brande", "Ishøj", "Jammerbugt", "Kalundborg", "Kerteminde", "Kolding",
        "København", "Køge", "Langeland", "Lejre", "Lemvig", "Lolland", "Lyngby-Taarbæk", "Læsø", "Mariagerfjord", "Middelfart",
        "Morsø", "Norddjurs", "Nordfyns", "Nyborg", "Næstved", "Odder", "Odense", "Odsherred", "Randers", "Rebild", "Ringkøbing-Skjern",
        "Ringsted", "Roskilde", "Rudersdal", "Rødovre", "Samsø", "Silkeborg", "Skanderborg", "Skive", "Slagelse", "Solrød", "Sorø",
        "Stevns", "Struer", "Svendborg", "Syddjurs", "Sønderborg", "Thisted", "Tønder", "Tårnby", "Vallensbæk", "Varde", "Vejen",
        "Vejle", "Vesthimmerland", "Viborg", "Vordingborg", "Ærø", "Aabenraa", "Aalborg", "Aarhus",
    ];

    /// <summary>"Aarhus Kommune", "aarhus", "Århus kommune" and "Arhus" all find Aarhus; a typo yields suggestions.</summary>
    public static MunicipalityMatch Find(string? typed)
    {
        var wanted = Key(typed ?? string.Empty);
        if (wanted.Length == 0)
        {
            return new MunicipalityMatch(null, []);
        }

        if (All.FirstOrDefault(m => Key(m) == wanted) is { } exact)
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

        var close = All.Select(m => (Name: m, Distance: EditDistance.Between(Key(m), wanted)))
            .Where(c => c.Distance <= Math.Max(1, wanted.Length / 4) + 1)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Take(3).Select(c => c.Name).ToList();

        // One clearly closest name (a typo, or "aa" for "å") is taken; several are offered.
        return close.Count >= 1 && EditDistance.Between(Key(close[0]), wanted) <= 1
            ? new MunicipalityMatch(close[0], [])
            : new MunicipalityMatch(null, close);
    }

    /// <summary>The official name: "Aarhus Kommune"; Bornholm is a regional municipality.</summary>
    public static string OfficialName(string municipality) =>
        municipality == "Bornholm" ? "Bornholms Regionskommune" : $"{municipality} Kommune";

    // "Århus" was renamed "Aarhus"; folding spells å as aa, so both meet.
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
