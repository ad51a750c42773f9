namespace CoordinatorBot.Tests.Domain;

[Trait("Category", "Unit")]
public sealed class MunicipalitiesTests
{
    public static TheoryData<string> All() => [.. Municipalities.All];

    /// <summary>
    /// The 98 municipalities as DAGI and Danmarks Statistik name them (kommuneinddelingen since 2007, with Brønderslev's
    /// name since 2011): 29 in Region Hovedstaden (Christiansø is no municipality), 17 in Sjælland, 22 in Syddanmark,
    /// 19 in Midtjylland and 11 in Nordjylland.
    /// </summary>
    private static readonly string[] Official =
    [
        // Region Hovedstaden
        "Københavns Kommune", "Frederiksberg Kommune", "Albertslund Kommune", "Ballerup Kommune", "Brøndby Kommune", "Dragør Kommune",
        "Gentofte Kommune", "Gladsaxe Kommune", "Glostrup Kommune", "Herlev Kommune", "Hvidovre Kommune", "Høje-Taastrup Kommune",
        "Ishøj Kommune", "Lyngby-Taarbæk Kommune", "Rødovre Kommune", "Tårnby Kommune", "Vallensbæk Kommune", "Allerød Kommune",
        "Egedal Kommune", "Fredensborg Kommune", "Frederikssund Kommune", "Furesø Kommune", "Gribskov Kommune", "Halsnæs Kommune",
        "Helsingør Kommune", "Hillerød Kommune", "Hørsholm Kommune", "Rudersdal Kommune", "Bornholms Regionskommune",
        // Region Sjælland
        "Greve Kommune", "Køge Kommune", "Lejre Kommune", "Roskilde Kommune", "Solrød Kommune", "Faxe Kommune", "Guldborgsund Kommune",
        "Holbæk Kommune", "Kalundborg Kommune", "Lolland Kommune", "Næstved Kommune", "Odsherred Kommune", "Ringsted Kommune",
        "Slagelse Kommune", "Sorø Kommune", "Stevns Kommune", "Vordingborg Kommune",
        // Region Syddanmark
        "Assens Kommune", "Faaborg-Midtfyn Kommune", "Kerteminde Kommune", "Langeland Kommune", "Middelfart Kommune", "Nordfyns Kommune",
        "Nyborg Kommune", "Odense Kommune", "Svendborg Kommune", "Ærø Kommune", "Billund Kommune", "Esbjerg Kommune", "Fanø Kommune",
        "Fredericia Kommune", "Haderslev Kommune", "Kolding Kommune", "Sønderborg Kommune", "Tønder Kommune", "Varde Kommune",
        "Vejen Kommune", "Vejle Kommune", "Aabenraa Kommune",
        // Region Midtjylland
        "Favrskov Kommune", "Hedensted Kommune", "Horsens Kommune", "Norddjurs Kommune", "Odder Kommune", "Randers Kommune",
        "Samsø Kommune", "Silkeborg Kommune", "Skanderborg Kommune", "Syddjurs Kommune", "Aarhus Kommune", "Herning Kommune",
        "Holstebro Kommune", "Ikast-Brande Kommune", "Lemvig Kommune", "Ringkøbing-Skjern Kommune", "Skive Kommune", "Struer Kommune",
        "Viborg Kommune",
        // Region Nordjylland
        "Brønderslev Kommune", "Frederikshavn Kommune", "Hjørring Kommune", "Jammerbugt Kommune", "Læsø Kommune", "Mariagerfjord Kommune",
        "Morsø Kommune", "Rebild Kommune", "Thisted Kommune", "Vesthimmerlands Kommune", "Aalborg Kommune",
    ];

    [Fact]
    public void There_are_98_different_municipalities() =>
        Assert.Equal(98, Municipalities.All.Distinct().Count());

    [Fact]
    public void The_official_names_are_DAGIs_and_Danmarks_Statistiks()
    {
        Assert.Equal(98, Official.Distinct().Count());
        Assert.Equal(Official.Order(StringComparer.Ordinal), Municipalities.OfficialNames.Order(StringComparer.Ordinal));
        Assert.Equal(Official.Order(StringComparer.Ordinal), Municipalities.All.Select(Municipalities.OfficialName).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("København Kommune", Municipalities.OfficialNames);
        Assert.DoesNotContain("Vesthimmerland Kommune", Municipalities.OfficialNames);
        Assert.Null(Municipalities.Find("Christiansø").Municipality);
    }

    [Theory]
    [InlineData("København Kommune", "Københavns Kommune")] // as releases 1–4 stored the role
    [InlineData("København", "Københavns Kommune")]
    [InlineData("Vesthimmerland Kommune", "Vesthimmerlands Kommune")]
    [InlineData("Bornholm", "Bornholms Regionskommune")]
    [InlineData("Aarhus", "Aarhus Kommune")]
    [InlineData("Atlantis Kommune", "Atlantis Kommune")]
    public void A_name_stored_before_gives_the_official_one(string stored, string official) =>
        Assert.Equal(official, Municipalities.OfficialName(stored));

    [Theory]
    [MemberData(nameof(All))]
    public void Each_municipality_is_found_by_its_name_its_official_name_and_in_capitals(string municipality)
    {
        Assert.Equal(municipality, Municipalities.Find(municipality).Municipality);
        Assert.Equal(municipality, Municipalities.Find(Municipalities.OfficialName(municipality)).Municipality);
        Assert.Equal(municipality, Municipalities.Find(municipality.ToUpperInvariant()).Municipality);
        Assert.Equal(municipality, Municipalities.Find($"  {municipality.ToLowerInvariant()} kommune ").Municipality);
    }

    [Theory]
    [InlineData("Århus", "Aarhus")]
    [InlineData("Arhus", "Aarhus")]
    [InlineData("Kobenhavn", "Københavns")]
    [InlineData("koebenhavn", "Københavns")]
    [InlineData("København", "Københavns")]
    [InlineData("Kjøbenhavn", "Københavns")]
    [InlineData("Copenhagen", "Københavns")]
    [InlineData("Vesthimmerland", "Vesthimmerlands")]
    [InlineData("Nordfyn", "Nordfyns")]
    [InlineData("Høje Taastrup", "Høje-Taastrup")]
    [InlineData("Ålborg", "Aalborg")]
    [InlineData("Lyngby", "Lyngby-Taarbæk")]
    [InlineData("Fredriksberg", "Frederiksberg")]
    [InlineData("Lyngby Taarbæk", "Lyngby-Taarbæk")]
    [InlineData("Høje Tåstrup", "Høje-Taastrup")]
    [InlineData("Bornholms Regionskommune", "Bornholms")]
    [InlineData("Bornholm", "Bornholms")]
    [InlineData("Sønderborgg", "Sønderborg")]
    public void A_typo_or_another_spelling_finds_the_municipality(string typed, string expected) =>
        Assert.Equal(expected, Municipalities.Find(typed).Municipality);

    [Fact]
    public void A_name_close_to_several_gets_suggestions_instead_of_a_guess()
    {
        var match = Municipalities.Find("Frederiks");

        Assert.Null(match.Municipality);
        Assert.Contains("Frederikssund", match.Suggestions);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("Sverige")]
    public void Not_a_municipality(string typed)
    {
        var match = Municipalities.Find(typed);

        Assert.Null(match.Municipality);
        Assert.Empty(match.Suggestions);
    }
}
