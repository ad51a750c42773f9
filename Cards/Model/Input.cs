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
