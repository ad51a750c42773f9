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
    [InlineData("MitID-login", "Log ind med MitID på borgerpc")] // a short title inside a long one, sharing "MitID"
    [InlineData("Understøt MitID ved login på borger-pc", "Log ind med MitID på borgerpc")]
    [InlineData("Print til netværksprinter", "Udskrivning til netværksprinter fra borgerpc")]
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
    [InlineData("Integration med KMD Opus", "Integration med Fasit")] // a shared generic word is no look-alike
    [InlineData("MitID-login", "Login med brugernavn og adgangskode")]
    [InlineData("MitID-login", "MitID Erhverv til medarbejdere")]
    [InlineData("Automatisk sletning af gamle besvarelser", "Søgning i formularbesvarelser")]
    public void Unrelated_titles_are_not(string a, string b) =>
        Assert.False(WishSimilarity.AreAlike(a, b), $"{a} ~ {b}: {WishSimilarity.Score(a, b):0.00}");

    [Fact]
    public void Small_words_and_case_do_not_count()
    {
        Assert.Equal(["login", "mitid"], WishSimilarity.Words("Login MED MitID"));
        Assert.Equal(1.0, WishSimilarity.Score("Login med MitID", "mitid og login"));
    }

    [Fact]
    public void A_word_most_of_a_communitys_wishes_hold_makes_no_look_alike()
    {
        // In OS2borgerPC's list nearly every wish names the product: "borgerpc" then says nothing about the need.
        string[] titles =
        [
            "Skærmlås på borgerpc", "Lydløs opstart af borgerpc", "Wi-fi-opsætning på borgerpc", "Fjernsupport til borgerpc",
            "Kort over borgerpc'er på biblioteket", "Borgerpc på flere sprog", "Printkvote på borgerpc", "Booking af borgerpc",
            "Automatisk genstart af borgerpc", "Dansk tastatur på borgerpc", "Scanner på borgerpc", "Baggrundsbillede på borgerpc",
        ];
        var vocabulary = new WishVocabulary([.. titles, "Borgerpc"]);

        Assert.True(WishSimilarity.AreAlike("Borgerpc", "Skærmlås på borgerpc"));
        Assert.DoesNotContain(titles, t => WishSimilarity.AreAlike("Borgerpc", t, vocabulary));
    }
}
