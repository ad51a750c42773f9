namespace CoordinatorBot.Tests.Domain;

[Trait("Category", "Unit")]
public sealed class CommunitySettingsTests
{
    private static readonly string[] Zones = ["Europe/Copenhagen"];

    [Fact]
    public void Valid_settings_have_no_problems() =>
        Assert.Empty(new CommunitySettings("OS2mo", "Europe/Copenhagen", 10).Validate(Zones));

    [Theory]
    [InlineData("", "Europe/Copenhagen", 10, SettingsProblem.ProductName)]
    [InlineData("OS2mo", "Europe/Berlin", 10, SettingsProblem.TimeZone)]
    [InlineData("OS2mo", "Europe/Copenhagen", 0.5, SettingsProblem.HourBudget)]
    [InlineData("OS2mo", "Europe/Copenhagen", 61, SettingsProblem.HourBudget)]
    public void Each_bad_field_is_named(string name, string zone, double hours, SettingsProblem expected) =>
        Assert.Equal([expected], new CommunitySettings(name, zone, (decimal)hours).Validate(Zones));

    [Fact]
    public void A_product_name_over_80_characters_is_refused() =>
        Assert.Equal([SettingsProblem.ProductName], new CommunitySettings(new string('x', 81), "Europe/Copenhagen", 10).Validate(Zones));
}
