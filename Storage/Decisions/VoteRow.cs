using Azure;
using CoordinatorBot.Domain.Decisions;

namespace CoordinatorBot.Storage.Decisions;

/// <summary>
/// One person's vote row as read: their current vote, how many earlier votes the row keeps, and its ETag. The earlier
/// votes sit in the same row as properties of their own (<see cref="EarlierProperty"/>), so a change of vote is one
/// merge that adds a property, and a vote's read leaves them out.
/// </summary>
internal sealed record VoteRow(Vote Current, int Earlier, ETag ETag)
{
    public const string EarlierCount = "Earlier";

    // Far beyond what a person does; past it the last slot is overwritten, so the row stays within Table Storage's
    // 252 properties and 1 MiB (the first vote and the latest changes are kept).
    public const int MaxEarlier = 200;

    public static string EarlierProperty(int index) => $"Earlier{Math.Min(index, MaxEarlier - 1):000}";
}
