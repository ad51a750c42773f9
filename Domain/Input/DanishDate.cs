namespace CoordinatorBot.Domain.Input;

/// <summary>
/// A date as Danes write it: "1. marts 2027", "1 mar 2027", "1/3-2027", "1/3 2027", "1.3.2027", "1-3-2027", ISO
/// "2027-03-01", and with a weekday in front ("mandag den 1. marts 2027"). Without a year ("1. marts", "1/3") it is
/// the next such day from today. English month names are read as well.
/// </summary>
public static partial class DanishDate
{
    private static readonly string[][] MonthNames =
    [
        ["januar", "jan", "january"], ["februar", "feb", "february"], ["marts", "mar", "march"], ["april", "apr"],
        ["maj", "may"], ["juni", "jun", "june"], ["juli", "jul", "july"], ["august", "aug"], ["september", "sep", "sept"],
        ["oktober", "okt", "oct", "october"], ["november", "nov"], ["december", "dec"],
    ];

    private static readonly string[] Weekdays =
        ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "loerdag", "soendag", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    public static DateOnly? TryParse(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = WithoutWeekday(TextFolding.Fold(text).Trim());
        if (Iso().Match(folded) is { Success: true } iso)
        {
            return Make(Number(iso, "year"), Number(iso, "month"), Number(iso, "day"));
        }

        if (Numeric().Match(folded) is { Success: true } numeric)
        {
            return WithYear(Number(numeric, "day"), Number(numeric, "month"), numeric.Groups["year"], today);
        }

        if (Named().Match(folded) is { Success: true } named && MonthOf(named.Groups["month"].Value) is { } month)
        {
            return WithYear(Number(named, "day"), month, named.Groups["year"], today);
        }

        if (NamedMonthFirst().Match(folded) is { Success: true } english && MonthOf(english.Groups["month"].Value) is { } englishMonth)
        {
            return WithYear(Number(english, "day"), englishMonth, english.Groups["year"], today);
        }

        return null;
    }

    /// <summary>The one written form of a date in Danish: "1. marts 2027".</summary>
    public static string Format(DateOnly date) => date.ToString("d. MMMM yyyy", CultureInfo.GetCultureInfo("da-DK"));

    private static string WithoutWeekday(string text)
    {
        foreach (var weekday in Weekdays)
        {
            if (text.StartsWith(weekday, StringComparison.Ordinal))
            {
                text = text[weekday.Length..].TrimStart(' ', ',');
                break;
            }
        }

        // "den 1. marts", "d. 1/3"
        return LeadingDen().Replace(text, string.Empty);
    }

    private static int? MonthOf(string word)
    {
        var name = word.TrimEnd('.');
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].Contains(name, StringComparer.Ordinal))
            {
                return i + 1;
            }
        }

        return null;
    }

    private static DateOnly? WithYear(int day, int? month, Group year, DateOnly today)
    {
        if (month is not { } m)
        {
            return null;
        }

        if (year.Success)
        {
            var y = int.Parse(year.Value, CultureInfo.InvariantCulture);
            return Make(y < 100 ? 2000 + y : y, m, day);
        }

        // No year: the next such day, today included.
        return Make(today.Year, m, day) is { } thisYear && thisYear >= today ? thisYear : Make(today.Year + 1, m, day);
    }

    private static DateOnly? Make(int year, int? month, int day) =>
        month is { } m && year is >= 1900 and <= 2200 && m is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, m)
            ? new DateOnly(year, m, day)
            : null;

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$")]
    private static partial Regex Iso();

    // 1/3-2027 · 1/3 2027 · 1/3 · 1.3.2027 · 1-3-2027 · 01.03.27
    [GeneratedRegex(@"^(?<day>\d{1,2})\s*[./-]\s*(?<month>\d{1,2})\.?(\s*[-./ ]\s*(?<year>\d{4}|\d{2}))?$")]
    private static partial Regex Numeric();

    // 1. marts 2027 · 1 mar. 2027 · 1. marts
    [GeneratedRegex(@"^(?<day>\d{1,2})\.?\s*(?<month>[a-z]+\.?)(\s*,?\s*(?<year>\d{4}))?$")]
    private static partial Regex Named();

    // March 1, 2027 · March 1st 2027
    [GeneratedRegex(@"^(?<month>[a-z]+\.?)\s+(?<day>\d{1,2})(st|nd|rd|th)?(\s*,?\s*(?<year>\d{4}))?$")]
    private static partial Regex NamedMonthFirst();

    [GeneratedRegex(@"^(den|d\.)\s+")]
    private static partial Regex LeadingDen();
}
