namespace CoordinatorBot.Domain.Decisions;

/// <summary>A decision's stable, human number in its community: B-2026-014 is the 14th decision proposed in 2026.</summary>
public sealed partial record DecisionNumber(int Year, int Sequence) : IComparable<DecisionNumber>
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"B-{Year:0000}-{Sequence:000}");

    public static DecisionNumber? TryParse(string? text)
    {
        var match = text is null ? null : Pattern().Match(text.Trim());
        return match is { Success: true }
            ? new DecisionNumber(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : null;
    }

    public int CompareTo(DecisionNumber? other) =>
        other is null ? 1 : (Year, Sequence).CompareTo((other.Year, other.Sequence));

    [GeneratedRegex(@"^[Bb]-?(\d{4})-?(\d{1,6})$")]
    private static partial Regex Pattern();
}
