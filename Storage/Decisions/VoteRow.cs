using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// One person's vote row as read: their current vote, how many earlier votes the row keeps, the activities that cast
/// its latest votes, and its ETag. The earlier votes sit in the same row as properties of their own
/// (<see cref="EarlierProperty"/>), so a change of vote is one merge that adds a property, and a vote's read leaves them
/// out.
/// </summary>
internal sealed record VoteRow(Vote Current, int Earlier, IReadOnlyList<string> Activities, ETag ETag)
{
    public const string EarlierCount = "Earlier";

    /// <summary>The keys of the activities that cast the latest votes, newest last, separated by spaces.</summary>
    public const string ActivitiesProperty = "Activities";

    // Far beyond what a person does; past it the last slot is overwritten, so the row stays within Table Storage's
    // 252 properties and 1 MiB (the first vote and the latest changes are kept).
    public const int MaxEarlier = 200;

    // A redelivery comes within seconds; remembering the last few presses also catches one that arrives after a
    // later vote by the same person, which must not turn their vote back.
    private const int RememberedActivities = 8;

    // Half of the key's hash: as unlikely to collide among one person's presses on one decision as the whole.
    private const int KeyLength = 32;

    public static string EarlierProperty(int index) => $"Earlier{Math.Min(index, MaxEarlier - 1):000}";

    public static IReadOnlyList<string> ReadActivities(string? value) =>
        value?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public static string Short(string activityKey) => activityKey.Length > KeyLength ? activityKey[..KeyLength] : activityKey;

    public bool WasCastBy(string activityKey) => Activities.Contains(Short(activityKey));

    /// <summary>The row's activities after one more vote cast by <paramref name="activityKey"/>.</summary>
    public static string WriteActivities(IReadOnlyList<string> before, string activityKey) =>
        string.Join(' ', before.Append(Short(activityKey)).TakeLast(RememberedActivities));
}
