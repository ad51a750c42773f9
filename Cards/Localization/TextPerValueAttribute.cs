namespace CoordinatorBot.Cards.Localization;

/// <summary>
/// Marks a partial method of <see cref="Texts"/> that names each value of its one enum parameter: the build writes its
/// body, a switch from the value <c>X</c> to the generated text <c>{KeyPrefix}X</c> (Generators/). A value with no such
/// text (or one with placeholders) does not compile, unless it is <see cref="NoTextFor"/>, which throws as any value
/// outside the enum does.
/// </summary>
/// <param name="keyPrefix">The keys' common start; by default the method's name without "Name" (StatusMarkName: "StatusMark").</param>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class TextPerValueAttribute(string? keyPrefix = null) : Attribute
{
    public string? KeyPrefix { get; } = keyPrefix;

    /// <summary>The one value that has no name of its own here (a refusal's "Allowed", a reason that takes a name).</summary>
    public string? NoTextFor { get; init; }
}
