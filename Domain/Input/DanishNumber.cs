namespace CoordinatorBot.Domain.Input;

/// <summary>
/// A number as a Dane writes it: a decimal comma ("7,5"), a point for thousands ("1.500" or "1.500,50"), and a unit
/// after it ("7,5 timer", "250 kr."). A decimal point ("7.5") is read too, as people paste numbers from elsewhere.
/// </summary>
public static partial class DanishNumber
{
    public static decimal? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Shape().Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var number = match.Groups["number"].Value.Replace(" ", string.Empty, StringComparison.Ordinal).Replace('\u00a0'.ToString(), string.Empty, StringComparison.Ordinal);
        string invariant;
        if (number.Contains(',', StringComparison.Ordinal))
        {
            // A comma is the decimal mark; points before it group thousands.
            invariant = number.Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        }
        else if (Thousands().IsMatch(number))
        {
            invariant = number.Replace(".", string.Empty, StringComparison.Ordinal);
        }
        else
        {
            invariant = number;
        }

        return decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    /// <summary>A number the Danish way, without needless decimals: 7,5 · 10 · 1.500.</summary>
    public static string Format(decimal value) => value.ToString("#,0.##", CultureInfo.GetCultureInfo("da-DK"));

    [GeneratedRegex(@"^(?<number>[-+]?\d[\d .\u00a0]*(,\d+)?)\s*(timer|time|t|h|kr\.?|dkk|%)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();

    // "1.500" and "12.500.000": points that group thousands, not a decimal point.
    [GeneratedRegex(@"^[-+]?\d{1,3}(\.\d{3})+$")]
    private static partial Regex Thousands();
}
