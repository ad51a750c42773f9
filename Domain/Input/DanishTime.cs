namespace CoordinatorBot.Domain.Input;

/// <summary>A time of day as Danes write it: "8.00", "8:00", "kl. 8", "kl 14.30", "08", "1430".</summary>
public static partial class DanishTime
{
    public static TimeOnly? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || Shape().Match(text.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var hour = int.Parse(match.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success ? int.Parse(match.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        return hour is >= 0 and <= 23 && minute is >= 0 and <= 59 ? new TimeOnly(hour, minute) : null;
    }

    /// <summary>The one written form on cards, as Danish usage has it: "kl. 08.00".</summary>
    public static string Format(TimeOnly time) => string.Create(CultureInfo.InvariantCulture, $"kl. {time.Hour:00}.{time.Minute:00}");

    [GeneratedRegex(@"^(kl\.?\s*)?(?<hour>\d{1,2})(([.:]|\s)(?<minute>\d{2})|(?<minute>\d{2}))?(\s*(uhr|h))?$", RegexOptions.IgnoreCase)]
    private static partial Regex Shape();
}
