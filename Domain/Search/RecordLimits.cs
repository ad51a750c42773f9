namespace CoordinatorBot.Domain.Search;

/// <summary>How much of a search or a link the bot reads at all: enough for any real one, little for a hostile one.</summary>
public static class RecordLimits
{
    /// <summary>At most this many results, as Teams shows them in the compose box.</summary>
    public const int MaxResults = 25;

    /// <summary>A query is read up to this many characters, and at most <see cref="MaxWords"/> of its words.</summary>
    public const int MaxQueryLength = 100;

    public const int MaxWords = 8;

    /// <summary>A community's or a record's id in a link (a Teams team id is about 50 characters).</summary>
    public const int MaxIdLength = 200;

    public const int MaxPathLength = 600;
}
