namespace CoordinatorBot.Domain.Search;

/// <summary>A wish's or item's number as people write it: "#12" or "12".</summary>
internal static class BacklogNumber
{
    public static bool Matches(string folded, int number) =>
        int.TryParse(folded.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var asked) && asked == number;
}
