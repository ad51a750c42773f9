namespace CoordinatorBot.Bot.Communities;

/// <summary>
/// A personal chat's communities: those the person holds a role in, and the one the turn is about (null when they hold
/// none, or several and have not chosen, or a pressed card named one they no longer belong to).
/// </summary>
/// <param name="Named">The community a pressed card named, if any.</param>
public sealed record PersonalCommunities(Community? Current, IReadOnlyList<Community> All, string? Named)
{
    public static PersonalCommunities None { get; } = new(null, [], null);

    /// <summary>The person must say which community they mean.</summary>
    public bool MustChoose => Current is null && Named is null && All.Count > 1;
}
