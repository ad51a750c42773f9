namespace CoordinatorBot.Tests.Cards;

/// <summary>The polite answers to what the rules in Domain refuse, in both languages, with what they name.</summary>
[Trait("Category", "Unit")]
public sealed class RefusalTextsTests
{
    [Theory]
    [InlineData(Language.Danish)]
    [InlineData(Language.English)]
    public void Each_refusal_names_what_it_is_about(Language language)
    {
        var texts = new Texts(language);

        Assert.Contains("B-2026-014", texts.SupersedeUpward("B-2026-014"), StringComparison.Ordinal);
        Assert.Contains("Simpelt flertal", texts.CloseVotesDecide("Simpelt flertal"), StringComparison.Ordinal);
        Assert.Contains("Aarhus Kommune", texts.StepOtherMunicipality("Databehandleraftale", "Aarhus Kommune"), StringComparison.Ordinal);
        Assert.Contains("Magenta ApS", texts.StepOtherSupplier("Teknisk opkobling", "Magenta ApS"), StringComparison.Ordinal);
        Assert.Contains("Teknisk opkobling", texts.StepOtherSupplier("Teknisk opkobling", "Magenta ApS"), StringComparison.Ordinal);
        Assert.NotEqual(texts.SetupGuest, texts.SetupOwnerOrInstaller);
        Assert.NotEmpty(texts.RefusalNoRole);
    }
}
