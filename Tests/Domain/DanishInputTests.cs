using CoordinatorBot.Domain.Input;

namespace CoordinatorBot.Tests.Domain;

[Trait("Category", "Unit")]
public sealed class DanishInputTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("7,5", 7.5)]
    [InlineData("7.5", 7.5)]
    [InlineData(" 10 ", 10)]
    [InlineData("7,5 timer", 7.5)]
    [InlineData("1.500", 1500)]
    [InlineData("1.500,50 kr.", 1500.5)]
    [InlineData("12.500.000", 12500000)]
    [InlineData("0,25", 0.25)]
    [InlineData("250 kr", 250)]
    public void Numbers_are_read_with_a_decimal_comma_and_thousands_points(string text, double expected) =>
        Assert.Equal((decimal)expected, DanishNumber.TryParse(text));

    [Theory]
    [InlineData("")]
    [InlineData("syv")]
    [InlineData("7,5,5")]
    [InlineData("7 timer og lidt")]
    public void What_is_not_a_number_is_refused(string text) => Assert.Null(DanishNumber.TryParse(text));

    [Theory]
    [InlineData(7.5, "7,5")]
    [InlineData(10, "10")]
    [InlineData(1500, "1.500")]
    public void Numbers_are_written_the_Danish_way(double value, string expected) => Assert.Equal(expected, DanishNumber.Format((decimal)value));

    [Theory]
    [InlineData("8.00", 8, 0)]
    [InlineData("8:00", 8, 0)]
    [InlineData("kl. 8", 8, 0)]
    [InlineData("kl 14.30", 14, 30)]
    [InlineData("Kl. 09.15", 9, 15)]
    [InlineData("08", 8, 0)]
    [InlineData("1430", 14, 30)]
    [InlineData("23:59", 23, 59)]
    public void Times_are_read_as_Danes_write_them(string text, int hour, int minute) =>
        Assert.Equal(new TimeOnly(hour, minute), DanishTime.TryParse(text));

    [Theory]
    [InlineData("24.00")]
    [InlineData("8.60")]
    [InlineData("kl. otte")]
    [InlineData("8.0.0")]
    public void Impossible_times_are_refused(string text) => Assert.Null(DanishTime.TryParse(text));

    [Fact]
    public void Times_are_written_as_kl_with_a_point() => Assert.Equal("kl. 08.00", DanishTime.Format(new TimeOnly(8, 0)));

    [Theory]
    [InlineData("1. marts 2027")]
    [InlineData("1 marts 2027")]
    [InlineData("1. mar. 2027")]
    [InlineData("1. Marts 2027")]
    [InlineData("1/3-2027")]
    [InlineData("1/3 2027")]
    [InlineData("1.3.2027")]
    [InlineData("01.03.2027")]
    [InlineData("1-3-2027")]
    [InlineData("1/3-27")]
    [InlineData("2027-03-01")]
    [InlineData("mandag den 1. marts 2027")]
    [InlineData("d. 1. marts 2027")]
    [InlineData("1. marts")]
    [InlineData("1/3")]
    [InlineData("March 1, 2027")]
    [InlineData("1 March 2027")]
    public void Dates_are_read_in_the_forms_Danes_write(string text) =>
        Assert.Equal(new DateOnly(2027, 3, 1), DanishDate.TryParse(text, Today));

    [Fact]
    public void A_date_without_a_year_is_the_next_such_day()
    {
        Assert.Equal(new DateOnly(2026, 12, 24), DanishDate.TryParse("24. december", Today));
        Assert.Equal(new DateOnly(2026, 11, 29), DanishDate.TryParse("29/11", Today));
        Assert.Equal(new DateOnly(2027, 11, 28), DanishDate.TryParse("28/11", Today));
    }

    [Theory]
    [InlineData("31. februar 2027")]
    [InlineData("32/1-2027")]
    [InlineData("1. smarts 2027")]
    [InlineData("i morgen")]
    [InlineData("2027")]
    public void Impossible_dates_are_refused(string text) => Assert.Null(DanishDate.TryParse(text, Today));

    [Fact]
    public void Dates_are_written_with_the_month_in_words() => Assert.Equal("1. marts 2027", DanishDate.Format(new DateOnly(2027, 3, 1)));

    [Theory]
    [InlineData("Jens Jensen jje@odense.dk")]
    [InlineData("jje@odense.dk Jens Jensen")]
    [InlineData("Jens Jensen, jje@odense.dk")]
    [InlineData("Jens Jensen <jje@odense.dk>")]
    [InlineData("Jens Jensen; jje@odense.dk")]
    [InlineData("Jens Jensen - jje@odense.dk")]
    [InlineData("jje@odense.dk (Jens Jensen)")]
    [InlineData("  Jens   Jensen   jje@odense.dk  ")]
    public void A_contact_is_a_name_and_an_email_in_any_order(string text) =>
        Assert.Equal(("Jens Jensen", "jje@odense.dk"), ContactText.TryParse(text));

    [Fact]
    public void A_contact_with_a_hyphenated_name_keeps_it() =>
        Assert.Equal(("Anne-Marie Holm", "amh@aarhus.dk"), ContactText.TryParse("Anne-Marie Holm amh@aarhus.dk"));

    [Theory]
    [InlineData("Jens Jensen")]
    [InlineData("jje@odense.dk")]
    [InlineData("Jens jje@odense.dk jens@privat.dk")]
    [InlineData("J jje@odense.dk")]
    public void A_contact_without_one_name_and_one_email_is_refused(string text) => Assert.Null(ContactText.TryParse(text));
}
