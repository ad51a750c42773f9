using System.Runtime.CompilerServices;

namespace CoordinatorBot.Cards.Model;

/// <summary>
/// An interpolated string whose literal parts are Markdown from the template and whose values are data: each value
/// is escaped (<see cref="TeamsMarkdown.Literal"/>), so a title "*vigtigt*" inside "**{title}**" stays literal.
/// </summary>
[InterpolatedStringHandler]
public ref struct CardMarkdown(int literalLength, int formattedCount)
{
    private DefaultInterpolatedStringHandler _inner = new(literalLength, formattedCount, CultureInfo.InvariantCulture);

    public void AppendLiteral(string value) => _inner.AppendLiteral(value);

    public void AppendFormatted<T>(T value) =>
        _inner.AppendLiteral(TeamsMarkdown.Literal(value switch
        {
            null => string.Empty,
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        }));

    public string ToStringAndClear() => _inner.ToStringAndClear();
}
