using CoordinatorBot.Domain.Onboarding;

namespace CoordinatorBot.Tests.Domain;

[Trait("Category", "Unit")]
public sealed class MunicipalitiesTests
{
    public static TheoryData<string> All() => [.. Municipalities.All];

    [Fact]
    public void There_are_98_different_municipalities() =>
        Assert.Equal(98, Municipalities.All.Distinct().Count());

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
    [InlineData("Kobenhavn", "København")]
    [InlineData("koebenhavn", "København")]
    [InlineData("Fredriksberg", "Frederiksberg")]
    [InlineData("Lyngby Taarbæk", "Lyngby-Taarbæk")]
    [InlineData("Høje Tåstrup", "Høje-Taastrup")]
    [InlineData("Bornholms Regionskommune", "Bornholm")]
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
