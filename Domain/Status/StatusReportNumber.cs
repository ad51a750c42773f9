namespace CoordinatorBot.Domain.Status;

/// <summary>A published report's number, "S-2026-03": the year and its sequence within the year.</summary>
public sealed partial record StatusReportNumber(int Year, int Sequence)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"S-{Year}-{Sequence:00}");

    public static StatusReportNumber? Parse(string? text) =>
        text is not null && Pattern().Match(text.Trim()) is { Success: true } m
            ? new StatusReportNumber(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;

    [GeneratedRegex(@"^[sS]-(\d{4})-(\d{1,4})$")]
    private static partial Regex Pattern();
}
