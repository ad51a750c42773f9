namespace CoordinatorBot.Domain.Search;

/// <summary>
/// A record as the search sees it: its key, the number people write ("B-2026-014", "#12", "S-2026-03"), its title, the
/// rest of its words, and when it last changed (the most recent come first when nothing is asked). Each kind keeps its
/// own record, for its card.
/// </summary>
public abstract record SearchRecord(RecordKey Key)
{
    /// <summary>The number as people write it; empty for a record without one (a meeting).</summary>
    public abstract string Number { get; }

    public abstract string Title { get; }

    /// <summary>Every other word of the record a search may find (context, need, agenda, minutes, the mark's line).</summary>
    public abstract IEnumerable<string> Words { get; }

    /// <summary>When the record was made or last changed.</summary>
    public abstract DateTimeOffset At { get; }

    /// <summary>Whether <paramref name="folded"/> (a query, folded) is this record's number in a way people write it.</summary>
    public abstract bool IsNumber(string folded);
}
