namespace CoordinatorBot.Tests.Cards;

[Trait("Category", "Unit")]
public sealed class PluralTests
{
    [Theory]
    [InlineData(1, Unit.Decision, "1 beslutning")]
    [InlineData(2, Unit.Decision, "2 beslutninger")]
    [InlineData(0, Unit.Decision, "0 beslutninger")]
    [InlineData(1, Unit.Hour, "1 time")]
    [InlineData(7.5, Unit.Hour, "7,5 timer")]
    [InlineData(1, Unit.Day, "1 dag")]
    [InlineData(14, Unit.Day, "14 dage")]
    public void Danish_counts_have_one_word_for_one_and_another_for_the_rest(double count, Unit unit, string expected) =>
        Assert.Equal(expected, new Texts(Language.Danish).Count((decimal)count, unit));

    [Theory]
    [InlineData(1, Unit.Decision, "1 decision")]
    [InlineData(3, Unit.Decision, "3 decisions")]
    [InlineData(1.5, Unit.Hour, "1.5 hours")]
    public void English_counts_too(double count, Unit unit, string expected) =>
        Assert.Equal(expected, new Texts(Language.English).Count((decimal)count, unit));
}
