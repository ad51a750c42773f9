namespace CoordinatorBot.Cards.Model;

/// <summary>
/// An input. Every input carries a visible <see cref="Label"/> (screen readers and Teams need it) and, when required,
/// the message shown when it is left empty or invalid.
/// </summary>
public abstract record Input(string Label) : CardElement
{
    public bool? IsRequired { get; init; }
    public string? ErrorMessage { get; init; }
}

public sealed record TextInput(string Label) : Input(Label)
{
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public bool? IsMultiline { get; init; }
    public int? MaxLength { get; init; }
    public string? Regex { get; init; }
}

public sealed record NumberInput(string Label) : Input(Label)
{
    public decimal? Value { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
}

/// <summary>A date input; values are "yyyy-MM-dd".</summary>
public sealed record DateInput(string Label) : Input(Label)
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}

/// <summary>A time input; values are "HH:mm".</summary>
public sealed record TimeInput(string Label) : Input(Label)
{
    public string? Value { get; init; }
    public string? Min { get; init; }
    public string? Max { get; init; }
}

public sealed record ToggleInput(string Label, string Title) : Input(Label)
{
    public string? Value { get; init; }
    public string? ValueOn { get; init; }
    public string? ValueOff { get; init; }
}

public sealed record ChoiceSetInput(string Label, IReadOnlyList<Choice> Choices) : Input(Label)
{
    public string? Value { get; init; }
    public ChoiceSetStyle? Style { get; init; }
    public bool? IsMultiSelect { get; init; }
}

public sealed record Choice(string Title, string Value);
