namespace CoordinatorBot.Tests.Cards;

/// <summary>
/// Texts exactly at a limit and as heavy as a limit lets them be: half æ (two bytes in a card's JSON), half a, so
/// 1.5 bytes a character, the most <see cref="TextLimits.Fits"/> allows. Cards built from them are the largest a
/// person can make.
/// </summary>
public static class AtLimit
{
    /// <summary>The longest name a card shows in these tests: longer than nearly every Entra display name.</summary>
    public const int NameLength = 64;

    public static string Text(int limit) => string.Concat(Enumerable.Repeat("æa", (limit / 2) + 1))[..limit];

    public static string Name(int i) => $"{i:00} {Text(NameLength - 3)}";
}
