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

    // Far beyond what a person does; past it the last slot is overwritten, so the row stays small (the first vote and
    // the latest change are kept). Releases before 2026-12 kept up to 200: such a row keeps and shows all it holds, and
    // a change overwrites its last slot. A row's every change copies it whole in the storage's merge, so its size is
    // paid for at each press of a busy decision.
    public const int MaxEarlier = 32;

    // A redelivery comes within seconds; remembering the last few presses also catches one that arrives after a
    // later vote by the same person, which must not turn their vote back.
    private const int RememberedActivities = 8;

    // Half of the key's hash: as unlikely to collide among one person's presses on one decision as the whole.
    private const int KeyLength = 32;

    public static string EarlierProperty(int index) => string.Create(CultureInfo.InvariantCulture, $"Earlier{index:000}");

    /// <summary>Where a change keeps the vote it replaces: the next slot, or the last one of a full row.</summary>
    public int ReplacedSlot => Earlier >= MaxEarlier ? Earlier - 1 : Earlier;

    /// <summary>How many earlier votes the row keeps after a change.</summary>
    public int EarlierAfterChange => Earlier >= MaxEarlier ? Earlier : Earlier + 1;

    public static IReadOnlyList<string> ReadActivities(string? value) =>
        value?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];

    public static string Short(string activityKey) => activityKey.Length > KeyLength ? activityKey[..KeyLength] : activityKey;

    public bool WasCastBy(string activityKey) => Activities.Contains(Short(activityKey));

    /// <summary>The row's activities after one more vote cast by <paramref name="activityKey"/>.</summary>
    public static string WriteActivities(IReadOnlyList<string> before, string activityKey) =>
        string.Join(' ', before.Append(Short(activityKey)).TakeLast(RememberedActivities));
}
