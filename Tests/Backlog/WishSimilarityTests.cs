using CoordinatorBot.Domain.Backlog;

namespace CoordinatorBot.Tests.Backlog;

/// <summary>Alike wishes are found through typos, inflections and word order; unrelated ones are not.</summary>
[Trait("Category", "Unit")]
public sealed class WishSimilarityTests
{
    [Theory]
    [InlineData("Login med MitID", "mitid-login")]
    [InlineData("Login med MitID", "MitID login")]
    [InlineData("Login med MitID", "Logn med MitId")]
    [InlineData("Eksport af fraværsdata til CSV", "CSV-eksport af fravær")]
    [InlineData("Rapporter over sagsbehandlingstid", "Rapport over sagsbehandlingstider")]
    [InlineData("Påmindelser om frister på e-mail", "E-mail-påmindelse om frist")]
    [InlineData("Søgning i arkiverede sager", "Arkiverede sager: søgning")]
    public void Alike_titles_are_found(string a, string b)
    {
        Assert.True(WishSimilarity.AreAlike(a, b), $"{a} ~ {b}: {WishSimilarity.Score(a, b):0.00}");
        Assert.True(WishSimilarity.AreAlike(b, a));
    }

    [Theory]
    [InlineData("Login med MitID", "Eksport af fraværsdata til CSV")]
    [InlineData("Bedre søgning", "Bedre login")]
    [InlineData("Mørk tilstand i brugerfladen", "Integration med KMD Opus")]
    [InlineData("Påmindelser om frister", "Fravær i kalenderen")]
    [InlineData("Login med MitID", "")]
    public void Unrelated_titles_are_not(string a, string b) =>
        Assert.False(WishSimilarity.AreAlike(a, b), $"{a} ~ {b}: {WishSimilarity.Score(a, b):0.00}");

    [Fact]
    public void Small_words_and_case_do_not_count()
    {
        Assert.Equal(["login", "mitid"], WishSimilarity.Words("Login MED MitID"));
        Assert.Equal(1.0, WishSimilarity.Score("Login med MitID", "mitid og login"));
    }
}
